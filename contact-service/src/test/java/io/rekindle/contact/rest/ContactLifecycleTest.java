package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class ContactLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void patchChangesOnlyTheGivenFieldsAndAnEmptyStringClearsOne() {
        String id = ContactFixtures.create("patch-" + UUID.randomUUID() + "@example.com");
        writer().body(Map.of("firstName", "Ada", "lastName", "Lovelace")).when().patch("/api/v1/contacts/" + id)
                .then().statusCode(200);

        writer().body(Map.of("lastName", "")).when().patch("/api/v1/contacts/" + id)
                .then().statusCode(200)
                .body("firstName", equalTo("Ada"))
                .body("lastName", nullValue());
    }

    @Test
    void archivingIsIdempotentPublishesOnceAndTheArchivedFilterFindsTheContact() {
        String id = ContactFixtures.create("archive-" + UUID.randomUUID() + "@example.com");

        writer().body(Map.of("reason", "inactive")).when().post("/api/v1/contacts/" + id + "/archive")
                .then().statusCode(200).body("archived", equalTo(true));
        writer().body(Map.of("reason", "inactive")).when().post("/api/v1/contacts/" + id + "/archive")
                .then().statusCode(200);

        reader().queryParam("archived", true).queryParam("email", "archive-").queryParam("size", 100)
                .when().get("/api/v1/contacts").then().body("items.id", hasItem(id));
        reader().queryParam("archived", false).queryParam("email", "archive-").queryParam("size", 100)
                .when().get("/api/v1/contacts").then().body("items.id", not(hasItem(id)));
        assertThat(typesPublishedFor(id, 2)).containsExactly(
                "io.rekindle.contact.ContactCreated.v1", "io.rekindle.contact.ContactArchived.v1");

        writer().when().post("/api/v1/contacts/" + id + "/unarchive").then().statusCode(200).body("archived", equalTo(false));
    }

    @Test
    void erasureRemovesPersonalDataRedactsTheLedgerFreesTheEmailAndPublishesContactErased() {
        String email = "erase-" + UUID.randomUUID() + "@example.com";
        String id = ContactFixtures.create(email);
        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT",
                        "evidence", Map.of("optInMethod", "web form", "ip", "203.0.113.7", "userAgent", "Firefox")))
                .when().put("/api/v1/contacts/" + id + "/subscriptions/00000000-0000-4000-8000-000000000001/EMAIL")
                .then().statusCode(200);

        writer().when().delete("/api/v1/contacts/" + id).then().statusCode(204);

        reader().when().get("/api/v1/contacts/" + id).then().statusCode(404);
        reader().when().get("/api/v1/contacts/" + id + "/consent-records").then().statusCode(200)
                .body("[0].evidence.optInMethod", equalTo("web form"))
                .body("[0].evidence.ip", nullValue())
                .body("[0].evidence.userAgent", nullValue());
        ContactFixtures.create(email);
        assertThat(typesPublishedFor(id, 2)).containsExactly(
                "io.rekindle.contact.ContactCreated.v1", "io.rekindle.contact.ContactErased.v1");
    }

    @Test
    void pageSizeIsClampedAndTheTotalCountsTheWholeFilter() {
        String marker = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            ContactFixtures.create(marker + "-" + i + "@example.com");
        }
        reader().queryParam("email", marker).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/contacts")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(1)).body("page", equalTo(1));
        reader().queryParam("email", marker).queryParam("size", 5000)
                .when().get("/api/v1/contacts").then().statusCode(200).body("size", equalTo(100));
    }

    private List<String> typesPublishedFor(String contactId, int count) {
        EventCodec codec = new EventCodec();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            return kafka.consumeStrings()
                    .fromTopics(Topics.CONTACTS, r -> r.select().where(rec -> contactId.equals(rec.key())
                            && !rec.value().contains("SubscriptionChanged")))
                    .awaitRecords(count, Duration.ofSeconds(15))
                    .getRecords().stream().map(ConsumerRecord::value).map(v -> codec.read(v).type()).toList();
        }
    }

    private static RequestSpecification writer() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE)).contentType(ContentType.JSON);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ));
    }
}
