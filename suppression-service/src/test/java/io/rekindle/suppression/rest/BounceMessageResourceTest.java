package io.rekindle.suppression.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.ComplaintReceived;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.support.Api;
import io.rekindle.suppression.support.Messages;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class BounceMessageResourceTest {

    private final EventCodec codec = new EventCodec();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestData data;

    @Test
    void aHardBounceSuppressesAtOnceRecordsTheVerpSendIdAndPublishesAddressSuppressed() {
        String address = Messages.uniqueAddress("gone");
        String sendId = UUID.randomUUID().toString();

        Api.upload(Messages.hardBounce(address, sendId))
                .statusCode(201)
                .body("duplicate", equalTo(false))
                .body("kind", equalTo("bounce"))
                .body("sendId", equalTo(sendId))
                .body("recipients", hasSize(1))
                .body("recipients[0].address", equalTo(address))
                .body("recipients[0].reason", equalTo("userunknown"))
                .body("recipients[0].effect", equalTo("suppressed"));

        Api.suppression(address).statusCode(200)
                .body("category", equalTo("hard-bounce"))
                .body("reason", equalTo("userunknown"))
                .body("severity", equalTo("hard"))
                .body("sendId", equalTo(sendId));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.SUPPRESSIONS, r -> r.select().where(rec -> address.equals(rec.key())))
                    .awaitNextRecord(Duration.ofSeconds(20))
                    .getLastRecord();
            AddressSuppressed event = codec.payload(codec.read(record.value()), AddressSuppressed.TYPE);
            assertThat(event.address()).isEqualTo(address);
            assertThat(event.category()).isEqualTo("hard-bounce");
            assertThat(event.reason()).isEqualTo("userunknown");
            assertThat(event.sendId()).isEqualTo(sendId);
        }
    }

    @Test
    void theSameMessageUploadedTwiceIsStoredAndAppliedOnce() {
        String address = Messages.uniqueAddress("twice");
        byte[] message = Messages.hardBounce(address, null);

        String first = Api.upload(message).statusCode(201).extract().path("evidenceId");
        long evidence = data.evidenceCount();
        Api.upload(message).statusCode(200)
                .body("duplicate", equalTo(true))
                .body("evidenceId", equalTo(first))
                .body("recipients[0].address", equalTo(address));

        assertThat(data.evidenceCount()).isEqualTo(evidence);
        assertThat(data.historyCount(address)).isEqualTo(1);
        assertThat(data.count("select count(*) from outbox_event where aggregate_id = '" + address + "'")).isEqualTo(1);
    }

    @Test
    void theRawMessageIsKeptWithItsSha256ForAudit() {
        String address = Messages.uniqueAddress("audit");
        byte[] message = Messages.hardBounce(address, null);
        String evidenceId = Api.upload(message).statusCode(201).extract().path("evidenceId");

        String expectedHash = io.rekindle.suppression.domain.ContentHash.sha256Hex(message);
        assertThat(data.count("select count(*) from evidence where id = '" + evidenceId + "' and content_sha256 = '"
                + expectedHash + "' and length(content) = " + message.length)).isEqualTo(1);
    }

    @Test
    void aBlockCausedByOurOwnIpIsRecordedButNeverBlamedOnTheRecipient() {
        String address = Messages.uniqueAddress("blocked");

        Api.upload(Messages.blockedBySpamhaus(address)).statusCode(201)
                .body("recipients[0].reason", equalTo("blocked"))
                .body("recipients[0].action", equalTo("ignore"))
                .body("recipients[0].effect", equalTo("ignored"));

        Api.suppression(address).statusCode(404);
        assertThat(data.historyCount(address)).isEqualTo(1);
    }

    @Test
    void softBouncesSuppressOnlyWhenTheThirdArrivesWithinTheWindow() {
        String address = Messages.uniqueAddress("full");

        Api.upload(Messages.mailboxFull(address)).statusCode(201)
                .body("recipients[0].effect", equalTo("soft-bounce-counted"))
                .body("recipients[0].softBouncesCounted", equalTo(1));
        Api.upload(Messages.mailboxFull(address)).statusCode(201)
                .body("recipients[0].softBouncesCounted", equalTo(2));
        Api.suppression(address).statusCode(404);

        Api.upload(Messages.mailboxFull(address)).statusCode(201)
                .body("recipients[0].effect", equalTo("suppressed"));
        Api.suppression(address).statusCode(200)
                .body("category", equalTo("soft-bounce"))
                .body("reason", equalTo("mailboxfull"));
    }

    @Test
    void aDeliveryBetweenSoftBouncesStartsTheCountAgain() {
        String address = Messages.uniqueAddress("recovered");

        Api.upload(Messages.mailboxFull(address)).statusCode(201);
        Api.upload(Messages.mailboxFull(address)).statusCode(201);
        Api.upload(Messages.delivered(address)).statusCode(201)
                .body("kind", equalTo("delivery-report"))
                .body("recipients[0].effect", equalTo("soft-bounces-cleared"));
        Api.upload(Messages.mailboxFull(address)).statusCode(201)
                .body("recipients[0].effect", equalTo("soft-bounce-counted"))
                .body("recipients[0].softBouncesCounted", equalTo(1));

        Api.suppression(address).statusCode(404);
    }

    @Test
    void aComplaintSuppressesTheAddressAndTellsContactServiceToUnsubscribeIt() {
        String address = Messages.uniqueAddress("angry");
        String sendId = UUID.randomUUID().toString();

        Api.upload(Messages.complaint(address, sendId)).statusCode(201)
                .body("kind", equalTo("complaint"))
                .body("recipients[0].effect", equalTo("suppressed"));
        Api.suppression(address).statusCode(200).body("category", equalTo("complaint"));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.SUPPRESSIONS, r -> r.select().where(rec -> address.equals(rec.key())
                            && rec.value().contains(ComplaintReceived.TYPE.cloudEventType())))
                    .awaitNextRecord(Duration.ofSeconds(20))
                    .getLastRecord();
            ComplaintReceived complaint = codec.payload(codec.read(record.value()), ComplaintReceived.TYPE);
            assertThat(complaint.address()).isEqualTo(address);
            assertThat(complaint.feedbackType()).isEqualTo("abuse");
            assertThat(complaint.source()).isEqualTo("message");
            assertThat(complaint.sendId()).isEqualTo(sendId);
        }
    }

    @Test
    void anEmptyBodyIsAFieldViolationAndRecordsNothing() {
        long evidence = data.evidenceCount();
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("message/rfc822").body(new byte[0])
                .when().post("/api/v1/bounces/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        assertThat(data.evidenceCount()).isEqualTo(evidence);
    }

    @Test
    void onlyWritersAndEmailAdminsMayUploadBounces() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType("message/rfc822").body(Messages.hardBounce(Messages.uniqueAddress("x"), null))
                .when().post("/api/v1/bounces/messages")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("message/rfc822").body(Messages.hardBounce(Messages.uniqueAddress("x"), null))
                .when().post("/api/v1/bounces/messages")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
