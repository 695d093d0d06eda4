package io.rekindle.suppression.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.suppression.support.Api;
import io.rekindle.suppression.support.Messages;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The bounce mailbox (GreenMail over real SMTP and IMAP) is polled, ingested and emptied. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class BounceMailboxPollerTest {

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    @Inject
    BounceMailboxPoller poller;

    @Inject
    TestData data;

    @Test
    void aBounceDeliveredToTheMailboxIsIngestedOnceAndRemovedFromTheMailbox() throws Exception {
        String address = Messages.uniqueAddress("imap");
        deliverToBounceMailbox(Messages.hardBounce(address, "send-imap"));

        assertThat(poller.pollOnce()).isEqualTo(1);
        Api.suppression(address).statusCode(200)
                .body("category", Matchers.equalTo("hard-bounce"))
                .body("sendId", Matchers.equalTo("send-imap"));
        assertThat(data.count("select count(*) from evidence e join bounce_event b on b.evidence_id = e.id "
                + "where e.channel = 'imap' and b.address = '" + address + "'")).isEqualTo(1);

        assertThat(poller.pollOnce()).isZero();
        assertThat(data.historyCount(address)).isEqualTo(1);
    }

    private void deliverToBounceMailbox(byte[] raw) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        Transport.send(message, new InternetAddress[] {new InternetAddress("bounces@rekindle.test")});
    }
}
