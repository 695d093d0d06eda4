package io.rekindle.suppression.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.events.suppression.ComplaintReceived;
import io.rekindle.suppression.support.Api;
import io.rekindle.suppression.support.Messages;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.suppression.support.WebhookSigner;
import io.rekindle.testkit.RealServersResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class WebhookResourceTest {

    private static final String SES_BOUNCE = "amazon_ses/notification-01-bounce-notification-with-a-dsn.json";
    private static final String SES_COMPLAINT =
            "amazon_ses/notification-03-complaint-notification-with-a-feedback-report.json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestData data;

    @Test
    void anSnsSignatureVersion1BounceNotificationSuppressesTheHardBouncedRecipient() {
        String address = Messages.uniqueAddress("jane");
        String sns = WebhookSigner.snsNotification(WebhookSigner.corpus(SES_BOUNCE, "jane@example.com", address), "1");

        post("amazon-ses", sns).statusCode(200)
                .body("recipients.find { it.address == '" + address + "' }.effect", equalTo("suppressed"));
        Api.suppression(address).statusCode(200)
                .body("category", equalTo("hard-bounce"))
                .body("source", equalTo("webhook:amazon-ses"));
    }

    @Test
    void anSnsSignatureVersion2ComplaintSuppressesAndPublishesComplaintReceived() {
        String address = Messages.uniqueAddress("richard");
        String sns = WebhookSigner.snsNotification(
                WebhookSigner.corpus(SES_COMPLAINT, "richard@example.com", address), "2");

        post("amazon-ses", sns).statusCode(200);
        Api.suppression(address).statusCode(200).body("category", equalTo("complaint"));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.SUPPRESSIONS, r -> r.select().where(rec -> address.equals(rec.key())
                            && rec.value().contains(ComplaintReceived.TYPE.cloudEventType())))
                    .awaitNextRecord(Duration.ofSeconds(20))
                    .getLastRecord();
            EventCodec codec = new EventCodec();
            assertThat(codec.payload(codec.read(record.value()), ComplaintReceived.TYPE).source())
                    .isEqualTo("webhook:amazon-ses");
        }
    }

    @Test
    void aTamperedSnsMessageIsRejectedWith401AndNothingIsRecorded() {
        String address = Messages.uniqueAddress("jane");
        String genuine = WebhookSigner.snsNotification(WebhookSigner.corpus(SES_BOUNCE, "jane@example.com", address), "2");
        String tampered = genuine.replace("Permanent", "Transient");

        assertRejectedAndNothingRecorded("amazon-ses", tampered, address);
    }

    @Test
    void anSnsCertificateFromAHostOtherThanSnsIsRejected() {
        String address = Messages.uniqueAddress("jane");
        String sns = WebhookSigner.snsNotification(WebhookSigner.corpus(SES_BOUNCE, "jane@example.com", address), "2",
                "rekindle.test.sns-keystore", "https://sns.eu-west-1.amazonaws.com.evil.example/"
                        + WebhookKeysResource.TRUSTED_CERT);

        assertRejectedAndNothingRecorded("amazon-ses", sns, address);
    }

    @Test
    void anSnsMessageSignedWithACertificateThatIsNotTrustedIsRejected() {
        String address = Messages.uniqueAddress("jane");
        String sns = WebhookSigner.snsNotification(WebhookSigner.corpus(SES_BOUNCE, "jane@example.com", address), "2",
                "rekindle.test.sns-rogue-keystore", WebhookSigner.SNS_HOST + WebhookKeysResource.ROGUE_CERT);

        assertRejectedAndNothingRecorded("amazon-ses", sns, address);
    }

    @Test
    void aSignedSendGridBatchIsAppliedAndABadSignatureIsRejected() {
        String address = Messages.uniqueAddress("sg");
        String body = WebhookSigner.corpus("sendgrid/docs-event-06-bounce.json", "example@test.com", address);
        String timestamp = "1700000000";
        String signature = WebhookSigner.sendGridSignature(timestamp, body.getBytes(StandardCharsets.UTF_8));

        String forged = body.replace("bounce\"", "delivered\"");
        given().header("X-Twilio-Email-Event-Webhook-Signature", signature)
                .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
                .contentType("application/json").body(forged)
                .when().post("/webhooks/sendgrid")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(body)
                .when().post("/webhooks/sendgrid")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(data.historyCount(address)).isZero();

        given().header("X-Twilio-Email-Event-Webhook-Signature", signature)
                .header("X-Twilio-Email-Event-Webhook-Timestamp", timestamp)
                .contentType("application/json").body(body)
                .when().post("/webhooks/sendgrid")
                .then().statusCode(200);
        Api.suppression(address).statusCode(200).body("source", equalTo("webhook:sendgrid"));
    }

    @Test
    void aMailgunEventWithAValidHmacIsAppliedAndOneWithTheWrongKeyIsRejected() {
        String address = Messages.uniqueAddress("mg");
        String event = """
                {"id": "%s", "event": "failed", "severity": "permanent", "reason": "bounce", "recipient": "%s",
                 "delivery-status": {"code": 550, "message": "No Such User Here", "description": ""}}
                """.formatted(java.util.UUID.randomUUID(), address);

        assertRejectedAndNothingRecorded("mailgun", WebhookSigner.mailgunBody(event, "not-the-key"), address);

        post("mailgun", WebhookSigner.mailgunBody(event, WebhookSigner.mailgunKey())).statusCode(200);
        Api.suppression(address).statusCode(200).body("source", equalTo("webhook:mailgun"));
    }

    @Test
    void aPostmarkBounceWithTheConfiguredCredentialsIsAppliedAndWrongCredentialsAreRejected() {
        String address = Messages.uniqueAddress("pm");
        String body = WebhookSigner.corpus("postmark/symfony-bounce.json", "john@example.com", address);

        long evidence = data.evidenceCount();
        given().header("Authorization", WebhookSigner.postmarkBasic("wrong")).contentType("application/json").body(body)
                .when().post("/webhooks/postmark")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(data.evidenceCount()).isEqualTo(evidence);
        assertThat(data.historyCount(address)).isZero();

        given().header("Authorization", WebhookSigner.postmarkBasic(WebhookSigner.postmarkPassword()))
                .contentType("application/json").body(body)
                .when().post("/webhooks/postmark")
                .then().statusCode(200);
        Api.suppression(address).statusCode(200).body("category", equalTo("hard-bounce"));
    }

    @Test
    void aWebhookDeliveredAgainByTheProviderChangesNothing() {
        String address = Messages.uniqueAddress("retry");
        String sns = WebhookSigner.snsNotification(WebhookSigner.corpus(SES_BOUNCE, "jane@example.com", address), "2");

        post("amazon-ses", sns).statusCode(200).body("duplicate", equalTo(false));
        long evidence = data.evidenceCount();
        post("amazon-ses", sns).statusCode(200).body("duplicate", equalTo(true));

        assertThat(data.evidenceCount()).isEqualTo(evidence);
        assertThat(data.historyCount(address)).isEqualTo(1);
    }

    @Test
    void anUnknownProviderIsNotFound() {
        given().contentType("application/json").body("{}")
                .when().post("/webhooks/sparkpost")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void assertRejectedAndNothingRecorded(String provider, String body, String address) {
        long evidence = data.evidenceCount();
        post(provider, body).statusCode(401).contentType("application/problem+json");
        assertThat(data.evidenceCount()).isEqualTo(evidence);
        assertThat(data.historyCount(address)).isZero();
        Api.suppression(address).statusCode(404);
    }

    private static ValidatableResponse post(String provider, String body) {
        // SNS posts its JSON as text/plain.
        return given().contentType(provider.equals("amazon-ses") ? "text/plain" : "application/json").body(body)
                .when().post("/webhooks/" + provider)
                .then();
    }
}
