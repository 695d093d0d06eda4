package io.rekindle.contact.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.UnsubscribeRequested;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Consent changes that campaign-service reports on the engagement topic. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class EngagementEventsConsumerTest {

    private static final UUID DEFAULT_TYPE = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPermissionPassClickReconfirmsTheOptInAndAOneClickUnsubscribeUnsubscribesAtOnce() {
        UUID contactId = createSubscribedContact();
        UUID campaignId = UUID.randomUUID();

        publish(PermissionPassConfirmed.TYPE, new PermissionPassConfirmed(UUID.randomUUID(), campaignId, contactId,
                DEFAULT_TYPE, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reader()
                .when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                .body("", hasSize(2))
                .body("[1].source", equalTo("PERMISSION_PASS"))
                .body("[1].previousStatus", equalTo("SUBSCRIBED"))
                .body("[1].recordedBy", equalTo("campaign:" + campaignId)));

        publish(UnsubscribeRequested.TYPE, new UnsubscribeRequested(UUID.randomUUID(), campaignId, contactId,
                DEFAULT_TYPE, "EMAIL", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reader()
                .when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                .body("", hasSize(3))
                .body("[2].source", equalTo("ONE_CLICK_UNSUBSCRIBE"))
                .body("[2].newStatus", equalTo("UNSUBSCRIBED")));
    }

    @Test
    void aPermissionPassClickNeverCreatesAFirstOptIn() {
        String location = writer().body(Map.of("email", "never-" + UUID.randomUUID() + "@example.com"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().header("Location");
        UUID contactId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        UUID marker = UUID.randomUUID();

        publish(PermissionPassConfirmed.TYPE, new PermissionPassConfirmed(UUID.randomUUID(), UUID.randomUUID(),
                contactId, DEFAULT_TYPE, Instant.now()));
        // An unsubscribe after it on the same partition: once it is applied, the click was processed too.
        publish(UnsubscribeRequested.TYPE, new UnsubscribeRequested(UUID.randomUUID(), marker, contactId, DEFAULT_TYPE,
                "EMAIL", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reader()
                .when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                .body("", hasSize(1))
                .body("[0].source", equalTo("ONE_CLICK_UNSUBSCRIBE")));
    }

    @Test
    void engagementKeepsTheContactsLatestDatesCountsReceivedEmailsAndIgnoresMachineOpens() {
        UUID contactId = createSubscribedContact();
        UUID campaign = UUID.randomUUID();
        Instant sent = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);
        Instant humanOpen = sent.plusSeconds(600);

        publish(EmailSent.TYPE, new EmailSent(UUID.randomUUID(), campaign, "REGULAR", contactId, DEFAULT_TYPE, sent));
        publish(EmailSent.TYPE, new EmailSent(UUID.randomUUID(), campaign, "REGULAR", contactId, DEFAULT_TYPE,
                sent.minusSeconds(86_400)));
        publish(EmailOpened.TYPE, new EmailOpened(UUID.randomUUID(), campaign, contactId, false, humanOpen));
        publish(EmailOpened.TYPE, new EmailOpened(UUID.randomUUID(), campaign, contactId, true, humanOpen.plusSeconds(60)));
        publish(EmailClicked.TYPE, new EmailClicked(UUID.randomUUID(), campaign, contactId, "0", "https://shop.example",
                humanOpen.plusSeconds(30)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> reader()
                .when().get("/api/v1/contacts/" + contactId).then()
                .body("engagement.emailsReceived", equalTo(2))
                .body("engagement.lastMarketingEmailSentAt", equalTo(sent.toString()))
                .body("engagement.lastMarketingEmailOpenedAt", equalTo(humanOpen.toString()))
                .body("engagement.lastMarketingEmailClickedAt", equalTo(humanOpen.plusSeconds(30).toString()))
                .body("engagement.rating", equalTo(5)));
    }

    private <P extends EventPayload> void publish(EventType<P> type, P payload) {
        EventCodec codec = new EventCodec();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENGAGEMENT, payload.aggregateId(),
                    codec.write(codec.envelope(type, payload, "/rekindle/campaign-service", Instant.now()))))
                    .awaitCompletion();
        }
    }

    private static UUID createSubscribedContact() {
        String location = writer().body(Map.of("email", "pp-" + UUID.randomUUID() + "@example.com"))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT", "evidence", Map.of("optInMethod", "webshop")))
                .when().put("/api/v1/contacts/" + id + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200);
        return id;
    }

    private static RequestSpecification writer() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE)).contentType(ContentType.JSON);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ));
    }
}
