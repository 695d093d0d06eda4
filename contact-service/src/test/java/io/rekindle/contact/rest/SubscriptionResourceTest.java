package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class SubscriptionResourceTest {

    private static final String DEFAULT_TYPE = "00000000-0000-4000-8000-000000000001";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void anOptInWithEvidenceIsRecordedInTheLedgerAndPublishedWithItsConsentRecord() {
        String contactId = ContactFixtures.create("optin-" + UUID.randomUUID() + "@example.com");

        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT",
                        "evidence", Map.of("optInMethod", "Signed paper form", "noticeText", "Yes, email me news")))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200).body("status", equalTo("SUBSCRIBED"));

        String ledgerId = reader().when().get("/api/v1/contacts/" + contactId + "/consent-records")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].source", equalTo("API"))
                .body("[0].previousStatus", equalTo("NOT_SPECIFIED"))
                .body("[0].evidence.noticeText", equalTo("Yes, email me news"))
                .body("[0].recordedBy", equalTo("user:test-user"))
                .extract().path("[0].id");

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.CONTACTS, r -> r.select().where(rec -> contactId.equals(rec.key())
                            && rec.value().contains("SubscriptionChanged")))
                    .awaitNextRecord(Duration.ofSeconds(15)).getLastRecord();
            SubscriptionChanged changed = codec.payload(codec.read(record.value()), SubscriptionChanged.TYPE);
            assertThat(changed.newStatus()).isEqualTo("SUBSCRIBED");
            assertThat(changed.channel()).isEqualTo("EMAIL");
            assertThat(changed.consentRecordId()).hasToString(ledgerId);
        }
    }

    @Test
    void anOptInWithoutEvidenceIsRefusedNamingTheMissingFieldAndRecordsNothing() {
        String contactId = ContactFixtures.create("noevidence-" + UUID.randomUUID() + "@example.com");

        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT"))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("evidence.optInMethod"));

        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then().body("", hasSize(0));
    }

    @Test
    void aContactWhoUnsubscribedCannotBeResubscribedThroughTheApi() {
        String contactId = ContactFixtures.create("resub-" + UUID.randomUUID() + "@example.com");
        String path = "/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL";
        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT", "evidence", Map.of("optInMethod", "webshop")))
                .when().put(path).then().statusCode(200);
        writer().body(Map.of("status", "UNSUBSCRIBED")).when().put(path).then().statusCode(200);

        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT", "evidence", Map.of("optInMethod", "webshop")))
                .when().put(path)
                .then().statusCode(422)
                .body("detail", equalTo("a contact who opted out can only resubscribe through a form"));
    }

    @Test
    void subscriptionsListEveryActiveTypeAndChannelWithNotSpecifiedWhereNothingWasRecorded() {
        String contactId = ContactFixtures.create("matrix-" + UUID.randomUUID() + "@example.com");
        writer().body(Map.of("status", "UNSUBSCRIBED"))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/SMS")
                .then().statusCode(200);

        reader().when().get("/api/v1/contacts/" + contactId + "/subscriptions")
                .then().statusCode(200)
                .body("findAll { it.subscriptionTypeId == '" + DEFAULT_TYPE + "' }.status",
                        org.hamcrest.Matchers.containsInAnyOrder("NOT_SPECIFIED", "UNSUBSCRIBED"));
    }

    @Test
    void unsubscribeAllCoversEveryTypeAndListingFiltersByStatus() {
        String typeId = writer().body(Map.of("name", "Newsletter " + UUID.randomUUID()))
                .when().post("/api/v1/subscription-types").then().statusCode(201).extract().path("id");
        String contactId = ContactFixtures.create("all-" + UUID.randomUUID() + "@example.com");

        writer().body(Map.of("channel", "EMAIL"))
                .when().post("/api/v1/contacts/" + contactId + "/subscriptions/unsubscribe-all")
                .then().statusCode(200);

        reader().queryParam("subscriptionTypeId", typeId).queryParam("channel", "EMAIL").queryParam("status", "UNSUBSCRIBED")
                .when().get("/api/v1/contacts")
                .then().statusCode(200).body("items.id", hasItem(contactId));
        reader().queryParam("subscriptionTypeId", DEFAULT_TYPE).queryParam("channel", "EMAIL").queryParam("status", "SUBSCRIBED")
                .when().get("/api/v1/contacts")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(contactId)));
    }

    @Test
    void theLedgerRefusesUpdatesAndDeletesAtTheDatabase() {
        String contactId = ContactFixtures.create("appendonly-" + UUID.randomUUID() + "@example.com");
        writer().body(Map.of("status", "UNSUBSCRIBED"))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update consent_record set new_status = 'SUBSCRIBED' where contact_id = :id")
                .setParameter("id", UUID.fromString(contactId)).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from consent_record where contact_id = :id")
                .setParameter("id", UUID.fromString(contactId)).executeUpdate()))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void theDefaultSubscriptionTypeCannotBeArchivedAndNamesAreUnique() {
        writer().when().post("/api/v1/subscription-types/" + DEFAULT_TYPE + "/archive")
                .then().statusCode(409).contentType("application/problem+json");
        writer().body(Map.of("name", "marketing information"))
                .when().post("/api/v1/subscription-types")
                .then().statusCode(409);
    }

    private static RequestSpecification writer() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE)).contentType(ContentType.JSON);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ));
    }
}
