package io.rekindle.contact.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.events.suppression.ComplaintReceived;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.TestTokens;
import io.rekindle.testkit.RealServersResource;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** contact-service's reactions to suppression-service's events, on the real topic. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class SuppressionEventsConsumerTest {

    private static final String DEFAULT_TYPE = "00000000-0000-4000-8000-000000000001";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aComplaintUnsubscribesTheContactFromAllMarketingEmailWithAComplaintConsentRecord() {
        String email = "complainer-" + UUID.randomUUID() + "@example.com";
        String id = createSubscribedContact(email);

        publish(ComplaintReceived.TYPE, new ComplaintReceived(email, "abuse", "webhook:sendgrid", "send-1", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                reader().when().get("/api/v1/contacts/" + id + "/consent-records").then()
                        .body("[-1].source", equalTo("COMPLAINT"))
                        .body("[-1].newStatus", equalTo("UNSUBSCRIBED"))
                        .body("[-1].evidence.feedbackType", equalTo("abuse")));
        reader().when().get("/api/v1/contacts/" + id + "/subscriptions").then()
                .body("find { it.subscriptionTypeId == '" + DEFAULT_TYPE + "' && it.channel == 'EMAIL' }.status",
                        equalTo("UNSUBSCRIBED"));
    }

    @Test
    void aHardBounceSetsTheHardBounceReasonThatContactsCanBeFilteredByAndAnUnbounceClearsIt() {
        String email = "bounced-" + UUID.randomUUID() + "@example.com";
        String id = createSubscribedContact(email);

        publish(AddressSuppressed.TYPE, new AddressSuppressed(email, "hard-bounce", "userunknown", "hard", false, null,
                Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                reader().when().get("/api/v1/contacts/" + id).then().body("hardBounceReason", equalTo("userunknown")));
        reader().queryParam("hardBounceReason", "userunknown").queryParam("size", 100)
                .when().get("/api/v1/contacts").then().body("items.id", hasItem(id));

        publish(AddressUnsuppressed.TYPE, new AddressUnsuppressed(email, "hard-bounce", "userunknown", "user:admin",
                Instant.now()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                reader().when().get("/api/v1/contacts/" + id).then().body("hardBounceReason", equalTo(null)));
    }

    private <P extends EventPayload> void publish(EventType<P> type, P payload) {
        EventCodec codec = new EventCodec();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.SUPPRESSIONS, payload.aggregateId(),
                    codec.write(codec.envelope(type, payload, "/rekindle/suppression-service", Instant.now()))))
                    .awaitCompletion();
        }
    }

    private static String createSubscribedContact(String email) {
        String location = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/contacts").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT", "evidence", Map.of("optInMethod", "webshop")))
                .when().put("/api/v1/contacts/" + id + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200);
        return id;
    }

    private static io.restassured.specification.RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ));
    }
}
