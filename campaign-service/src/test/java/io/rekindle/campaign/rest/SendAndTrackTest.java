package io.rekindle.campaign.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.campaign.testing.ContactFeed;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.Topics;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.UnsubscribeRequested;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.Mailboxes;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A started campaign is sent over real SMTP with RFC 8058 headers, and its signed public links work. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class SendAndTrackTest {

    private static final String WRITER = TestTokens.withRoles(Roles.MARKETING_READ, Roles.MARKETING_WRITE);
    private static final String BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "rekindle.test.imap-port")
    int imapPort;

    @Inject
    EntityManager entityManager;

    /** The delivered message and the tokens of its links. */
    private record Delivered(MimeMessage message, String text, String html, UUID campaignId, UUID contactId) {

        String token(String path) {
            Matcher matcher = Pattern.compile("http://localhost:8083" + Pattern.quote(path) + "([A-Za-z0-9_.-]+)")
                    .matcher(path.equals("/t/o/") || path.equals("/t/c/") ? html : text);
            assertThat(matcher.find()).as("link " + path).isTrue();
            return matcher.group(1);
        }
    }

    private Delivered sendPermissionPass(String email, String firstName) throws Exception {
        UUID type = UUID.randomUUID();
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID contact = feed.contact(email, firstName, null);
        feed.subscription(contact, type, "EMAIL", "SUBSCRIBED", Instant.now());
        feed.publishAndAwait();

        Map<String, Object> template = new HashMap<>();
        template.put("name", "Send test " + UUID.randomUUID());
        template.put("kind", "PERMISSION_PASS");
        template.put("fromName", "Marissa from Acme");
        template.put("fromAddress", "marissa@mail.acme.example");
        template.put("replyTo", "hello@acme.example");
        template.put("subject", "{{ first_name | default: \"Hi there\" }}, still with us?");
        template.put("preheader", "One click keeps you on the list");
        template.put("htmlBody", "<p>Hi {{ first_name | default: \"there\" }}</p><a href=\"{{ confirm_url }}\">Keep</a>"
                + "<a href=\"https://shop.example/spring?a=1&amp;b=2\">Shop</a>"
                + "<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>");
        template.put("textBody", "Hi {{ first_name | default: \"there\" }},\nKeep: {{ confirm_url }}\n"
                + "Unsubscribe: {{ unsubscribe_url }}\n");
        String templateId = given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(template)
                .post("/api/v1/templates").then().statusCode(201).extract().path("id");
        Map<String, Object> campaign = Map.of("name", "Send test", "kind", "PERMISSION_PASS", "channel", "EMAIL",
                "subscriptionTypeId", type.toString(), "templateId", templateId,
                "audience", Map.of("allSubscribers", true));
        String campaignId = given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(campaign)
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(WRITER).post("/api/v1/campaigns/" + campaignId + "/launch").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(WRITER)
                .get("/api/v1/campaigns/" + campaignId).then().body("recipients.sent", equalTo(1)));
        List<String> raw = Mailboxes.awaitMessages(imapPort, email, Duration.ofSeconds(20));
        assertThat(raw).hasSize(1);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.get(0).getBytes(StandardCharsets.UTF_8)));
        String text = null;
        String html = null;
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        return new Delivered(message, text, html, UUID.fromString(campaignId), contact);
    }

    @Test
    void theDeliveredMessageIsPersonalisedAndCarriesTheRfc8058AndVerpHeaders() throws Exception {
        Delivered delivered = sendPermissionPass("ada@send.example", "Ada");
        MimeMessage message = delivered.message();

        assertThat(message.getSubject()).isEqualTo("Ada, still with us?");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Marissa from Acme <marissa@mail.acme.example>");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("hello@acme.example");
        assertThat(delivered.text()).startsWith("Hi Ada,");
        assertThat(delivered.html()).contains("One click keeps you on the list").contains("<p>Hi Ada</p>");

        String messageId = message.getHeader("Message-ID")[0];
        assertThat(messageId).matches("<[0-9a-f-]{36}@bounces\\.rekindle\\.test>");
        String sendId = messageId.substring(1, 37);
        assertThat(message.getHeader("List-Unsubscribe")[0])
                .matches("<http://localhost:8083/t/u/[A-Za-z0-9_.-]+>, <mailto:unsubscribe\\+" + sendId
                        + "@bounces\\.rekindle\\.test>");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("Feedback-ID")[0]).isEqualTo(delivered.campaignId() + ":PERMISSION_PASS:campaign:rekindle");
        assertThat(message.getHeader("Return-Path")[0]).isEqualTo("<bounces+" + sendId + "@bounces.rekindle.test>");

        EmailSent sent = codec().payload(awaitEvents(delivered.contactId(), 1).get(0), EmailSent.TYPE);
        assertThat(sent.sendId()).isEqualTo(UUID.fromString(sendId));
        assertThat(sent.campaignId()).isEqualTo(delivered.campaignId());
        assertThat(sent.campaignKind()).isEqualTo("PERMISSION_PASS");
    }

    @Test
    void theConfirmLinkShowsAFormOnGetAndConfirmsOnPostWithAThankYouPageAndAnEvent() throws Exception {
        Delivered delivered = sendPermissionPass("grace@send.example", "Grace");
        String token = delivered.token("/t/confirm/");

        given().get("/t/confirm/" + token).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\">"));
        assertThat(column(delivered, "confirmed_at")).isNull();

        given().post("/t/confirm/" + token).then().statusCode(200).body(containsString("Thank you"));
        given().post("/t/confirm/" + token).then().statusCode(200);
        assertThat(column(delivered, "confirmed_at")).isNotNull();

        List<EventEnvelope> events = awaitEvents(delivered.contactId(), 2);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(EmailSent.TYPE.cloudEventType(),
                PermissionPassConfirmed.TYPE.cloudEventType());
        PermissionPassConfirmed confirmed = codec().payload(events.get(1), PermissionPassConfirmed.TYPE);
        assertThat(confirmed.campaignId()).isEqualTo(delivered.campaignId());
    }

    @Test
    void oneClickPostUnsubscribesAtOnceWhileAGetOnlyShowsTheConfirmationPage() throws Exception {
        Delivered delivered = sendPermissionPass("linus@send.example", null);
        String token = delivered.token("/t/u/");
        assertThat(delivered.text()).startsWith("Hi there,");

        given().get("/t/u/" + token).then().statusCode(200).body(containsString("<form method=\"post\">"));
        assertThat(column(delivered, "unsubscribed_at")).isNull();

        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post("/t/u/" + token).then().statusCode(200).body(containsString("unsubscribed"));
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post("/t/u/" + token).then().statusCode(200);
        assertThat(column(delivered, "unsubscribed_at")).isNotNull();

        List<EventEnvelope> events = awaitEvents(delivered.contactId(), 2);
        assertThat(events).extracting(EventEnvelope::type).containsExactly(EmailSent.TYPE.cloudEventType(),
                UnsubscribeRequested.TYPE.cloudEventType());
        UnsubscribeRequested requested = codec().payload(events.get(1), UnsubscribeRequested.TYPE);
        assertThat(requested.channel()).isEqualTo("EMAIL");
        assertThat(requested.campaignId()).isEqualTo(delivered.campaignId());
    }

    @Test
    void forgedAlteredOrMisdirectedTokensAreRefused() throws Exception {
        Delivered delivered = sendPermissionPass("mallory@send.example", "Mallory");
        String confirm = delivered.token("/t/confirm/");
        String unsubscribe = delivered.token("/t/u/");
        String altered = confirm.substring(0, 3) + (confirm.charAt(3) == 'A' ? 'B' : 'A') + confirm.substring(4);

        given().post("/t/confirm/" + altered).then().statusCode(404);
        given().get("/t/confirm/" + altered).then().statusCode(404);
        given().post("/t/confirm/" + unsubscribe).then().statusCode(404);
        given().post("/t/u/" + confirm).then().statusCode(404);
        given().get("/t/o/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(column(delivered, "confirmed_at")).isNull();
        assertThat(column(delivered, "unsubscribed_at")).isNull();
    }

    @Test
    void theOpenPixelFlagsPrivacyProxyOpensAsMachineOpens() throws Exception {
        Delivered delivered = sendPermissionPass("olga@send.example", "Olga");
        String token = delivered.token("/t/o/");

        given().header("User-Agent", "Mozilla/5.0").get("/t/o/" + token).then().statusCode(200)
                .contentType("image/gif");
        assertThat(column(delivered, "opened_at")).isNull();
        given().header("User-Agent", BROWSER).get("/t/o/" + token).then().statusCode(200);
        assertThat(column(delivered, "opened_at")).isNotNull();

        List<EventEnvelope> events = awaitEvents(delivered.contactId(), 3);
        assertThat(events.subList(1, 3)).extracting(e -> codec().payload(e, EmailOpened.TYPE).machineOpen())
                .containsExactly(true, false);
    }

    @Test
    void aTrackedLinkRedirectsOnlyToTheCampaignsLinkAndPublishesTheClick() throws Exception {
        Delivered delivered = sendPermissionPass("clara@send.example", "Clara");
        assertThat(delivered.html()).doesNotContain("https://shop.example/spring");
        String token = delivered.token("/t/c/");

        given().redirects().follow(false).get("/t/c/" + token).then().statusCode(302)
                .header("Location", "https://shop.example/spring?a=1&b=2");
        String altered = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);
        given().redirects().follow(false).get("/t/c/" + altered).then().statusCode(404);
        given().redirects().follow(false).get("/t/c/" + delivered.token("/t/o/")).then().statusCode(404);

        EmailClicked clicked = codec().payload(awaitEvents(delivered.contactId(), 2).get(1), EmailClicked.TYPE);
        assertThat(clicked.url()).isEqualTo("https://shop.example/spring?a=1&b=2");
        assertThat(clicked.linkId()).isEqualTo("link-0");
    }

    private static EventCodec codec() {
        return new EventCodec();
    }

    private List<EventEnvelope> awaitEvents(UUID contactId, int count) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.consumeStrings()
                    .fromTopics(Topics.ENGAGEMENT, r -> r.select().where(rec -> contactId.toString().equals(rec.key())))
                    .awaitRecords(count, Duration.ofSeconds(20)).getRecords();
            return records.stream().map(r -> codec().read(r.value())).toList();
        }
    }

    private Object column(Delivered delivered, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select " + column + " from campaign_recipient where campaign_id = :campaign and contact_id = :contact")
                .setParameter("campaign", delivered.campaignId())
                .setParameter("contact", delivered.contactId())
                .getSingleResult());
    }
}
