package io.rekindle.contact.rest;

import static io.rekindle.contact.rest.ImportFixtures.OWN_FORMS_UPSERT;
import static io.rekindle.contact.rest.ImportFixtures.awaitCompleted;
import static io.rekindle.contact.rest.ImportFixtures.reader;
import static io.rekindle.contact.rest.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.Topics;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.testkit.RealServersResource;
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
class ImportResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPurchasedListIsRefusedWithProblemJsonAndNothingChanges() {
        String email = "bought-" + UUID.randomUUID() + "@example.com";
        upload("email,first_name\n" + email + ",Bea\n", """
                {"mode": "UPSERT", "consentSource": {"optInMethod": "Bought from a list broker",
                 "legalBasis": "CONSENT", "listOrigin": "PURCHASED"}}""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("List not accepted"))
                .body("violations[0].field", equalTo("options.consentSource.listOrigin"));

        reader().queryParam("email", email).when().get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void anUpsertWithoutADeclaredConsentSourceIsRefusedNamingTheFields() {
        upload("email\nx-" + UUID.randomUUID() + "@example.com\n", "{\"mode\": \"UPSERT\", \"consentSource\": {}}")
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "options.consentSource.optInMethod", "options.consentSource.legalBasis",
                        "options.consentSource.listOrigin"));
    }

    @Test
    void anOptOutImportUnsubscribesExactlyTheListedContactsAndRecordsTheLedger() {
        String run = UUID.randomUUID().toString();
        String first = ContactFixtures.create("out1-" + run + "@example.com");
        String second = ContactFixtures.create("out2-" + run + "@example.com");
        String kept = ContactFixtures.create("kept-" + run + "@example.com");
        List.of(first, second, kept).forEach(ImportFixtures::subscribe);

        String csv = "email,first_name\r\nOUT1-" + run + "@Example.com,Ann\r\nout2-" + run + "@example.com,\r\n"
                + "nobody-" + run + "@example.com,\r\n";
        String importId = upload(csv, "{\"mode\": \"OPT_OUT\", \"source\": \"WORKFLOW\"}")
                .statusCode(202).extract().path("id");
        Map<String, Object> done = awaitCompleted(importId);

        assertThat(done).containsEntry("rowsProcessed", 3).containsEntry("unsubscribed", 2)
                .containsEntry("skipped", 1).containsEntry("created", 0).containsEntry("failed", 0);
        for (String contactId : List.of(first, second)) {
            reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                    .body("", hasSize(2))
                    .body("[1].newStatus", equalTo("UNSUBSCRIBED"))
                    .body("[1].source", equalTo("WORKFLOW"))
                    .body("[1].evidence.importId", equalTo(importId));
        }
        reader().when().get("/api/v1/contacts/" + kept + "/consent-records").then().body("", hasSize(1));
        reader().queryParam("email", "nobody-" + run).when().get("/api/v1/contacts").then().body("total", equalTo(0));
        reader().when().get("/api/v1/imports/" + importId + "/errors").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].line", equalTo(4))
                .body("items[0].column", equalTo("email"))
                .body("items[0].outcome", equalTo("SKIPPED"));
    }

    @Test
    void malformedRowsAreReportedByLineAndColumnAndChangeNothing() {
        String run = UUID.randomUUID().toString();
        String csv = "email,first_name,phone\n"
                + "ok1-" + run + "@example.com,Ok,+4512345678\n"
                + "not-an-address,Bad,\n"
                + "badphone-" + run + "@example.com,Bad,12345\n"
                + "short-" + run + "@example.com\n"
                + "\"quoted-" + run + "@example.com\",\"Multi\nline, \"\"quoted\"\"\",\n"
                + "bad\"quote-" + run + "@example.com,Bad,\n"
                + "ok2-" + run + "@example.com,,\n";
        String importId = upload(csv, OWN_FORMS_UPSERT).statusCode(202).extract().path("id");
        Map<String, Object> done = awaitCompleted(importId);

        assertThat(done).containsEntry("rowsProcessed", 7).containsEntry("created", 3).containsEntry("failed", 4);
        reader().when().get("/api/v1/imports/" + importId + "/errors").then().statusCode(200)
                .body("items.line", equalTo(List.of(3, 4, 5, 8)))
                .body("items.column", equalTo(java.util.Arrays.asList("email", "phone", null, null)))
                .body("items.outcome", equalTo(List.of("FAILED", "FAILED", "FAILED", "FAILED")));
        reader().queryParam("email", run).when().get("/api/v1/contacts").then()
                .body("items.email", org.hamcrest.Matchers.containsInAnyOrder("ok1-" + run + "@example.com",
                        "ok2-" + run + "@example.com", "quoted-" + run + "@example.com"))
                .body("items.find { it.email.startsWith('quoted') }.firstName", equalTo("Multi\nline, \"quoted\""));
    }

    @Test
    void aFileWithABadHeaderIsRefusedBeforeAnyRowIsApplied() {
        String email = "header-" + UUID.randomUUID() + "@example.com";
        upload("e-mail,first_name,first_name\n" + email + ",A,B\n", OWN_FORMS_UPSERT)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("file.header"))
                .body("violations.message", hasItem("the column email is required"))
                .body("violations.message", hasItem("column first_name appears more than once"));
        reader().queryParam("email", email).when().get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void aRetriedImportReturnsTheSameImportAndHasNoSecondEffect() {
        String email = "retry-" + UUID.randomUUID() + "@example.com";
        String csv = "email,email_subscription\n" + email + ",SUBSCRIBED\n";
        String importId = upload(csv, OWN_FORMS_UPSERT).statusCode(202).extract().path("id");
        awaitCompleted(importId);

        upload(csv, OWN_FORMS_UPSERT).statusCode(200).body("id", equalTo(importId)).body("created", equalTo(1));
        String contactId = reader().queryParam("email", email).when().get("/api/v1/contacts").then()
                .body("total", equalTo(1)).extract().path("items[0].id");
        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then().body("", hasSize(1));

        String key = UUID.randomUUID().toString();
        String keyed = upload("email\nkeyed-" + key + "@example.com\n", OWN_FORMS_UPSERT, key)
                .statusCode(202).extract().path("id");
        upload("email\nkeyed-" + key + "@example.com\n", OWN_FORMS_UPSERT, key).statusCode(200).body("id", equalTo(keyed));
        upload("email\nother-" + key + "@example.com\n", OWN_FORMS_UPSERT, key)
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anUpsertImportCreatesAndUpdatesContactsRecordsTheOptInEvidenceAndPublishesEvents() {
        String run = UUID.randomUUID().toString();
        String existingId = ContactFixtures.create("known-" + run + "@example.com");
        String csv = "email,first_name,last_name,phone,email_subscription\n"
                + "known-" + run + "@example.com,Karen,,,\n"
                + "new-" + run + "@example.com,Nina,North,+4512345678,SUBSCRIBED\n";
        String importId = upload(csv, OWN_FORMS_UPSERT).statusCode(202).extract().path("id");
        Map<String, Object> done = awaitCompleted(importId);

        assertThat(done).containsEntry("created", 1).containsEntry("updated", 1).containsEntry("subscribed", 1);
        reader().when().get("/api/v1/contacts/" + existingId).then().body("firstName", equalTo("Karen"));
        String newId = reader().queryParam("email", "new-" + run).when().get("/api/v1/contacts").then()
                .body("items[0].phone", equalTo("+4512345678")).extract().path("items[0].id");
        reader().when().get("/api/v1/contacts/" + newId + "/consent-records").then()
                .body("", hasSize(1))
                .body("[0].source", equalTo("IMPORT"))
                .body("[0].newStatus", equalTo("SUBSCRIBED"))
                .body("[0].legalBasis", equalTo("CONSENT"))
                .body("[0].evidence.importId", equalTo(importId))
                .body("[0].evidence.optInMethod", equalTo("Newsletter box at checkout"))
                .body("[0].evidence.listOrigin", equalTo("OWN_FORMS"));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            List<ConsumerRecord<String, String>> records = kafka.consumeStrings()
                    .fromTopics(Topics.CONTACTS, r -> r.select().where(rec -> newId.equals(rec.key())
                            || existingId.equals(rec.key())))
                    .awaitRecords(4, Duration.ofSeconds(20)).getRecords();
            List<String> types = records.stream().map(r -> codec.read(r.value()).type()).toList();
            assertThat(types).contains("io.rekindle.contact.ContactCreated.v1", "io.rekindle.contact.ContactUpdated.v1",
                    "io.rekindle.contact.SubscriptionChanged.v1");
            EventEnvelope created = records.stream().map(r -> codec.read(r.value()))
                    .filter(e -> e.is(ContactCreated.TYPE)).filter(e -> newId.equals(e.subject())).findFirst().orElseThrow();
            assertThat(codec.payload(created, ContactCreated.TYPE).firstName()).isEqualTo("Nina");
            // The contact exists before its subscription changes, in event order too.
            List<String> newContactTypes = records.stream().filter(r -> newId.equals(r.key()))
                    .map(r -> codec.read(r.value()).type()).toList();
            assertThat(newContactTypes).startsWith("io.rekindle.contact.ContactCreated.v1");
        }
    }

    @Test
    void anImportCannotResubscribeAContactWhoOptedOutAndThatRowChangesNothing() {
        String run = UUID.randomUUID().toString();
        String contactId = ContactFixtures.create("optedout-" + run + "@example.com");
        ImportFixtures.writer().body(Map.of("status", "UNSUBSCRIBED"))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + ImportFixtures.DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200);

        String importId = upload("email,first_name,email_subscription\noptedout-" + run + "@example.com,Olga,SUBSCRIBED\n",
                OWN_FORMS_UPSERT).statusCode(202).extract().path("id");
        assertThat(awaitCompleted(importId)).containsEntry("failed", 1).containsEntry("updated", 0);

        reader().when().get("/api/v1/imports/" + importId + "/errors").then()
                .body("items[0].column", equalTo("email_subscription"))
                .body("items[0].message", equalTo("a contact who opted out can only resubscribe through a form"));
        reader().when().get("/api/v1/contacts/" + contactId).then().body("firstName", org.hamcrest.Matchers.nullValue());
        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then().body("", hasSize(1));
    }

    @Test
    void anArchiveImportArchivesTheListedContacts() {
        String run = UUID.randomUUID().toString();
        String contactId = ContactFixtures.create("archive-" + run + "@example.com");
        String importId = upload("email\narchive-" + run + "@example.com\nunknown-" + run + "@example.com\n",
                "{\"mode\": \"ARCHIVE\", \"reason\": \"Inactive after 3 re-engagement attempts\"}")
                .statusCode(202).extract().path("id");
        assertThat(awaitCompleted(importId)).containsEntry("archived", 1).containsEntry("skipped", 1);
        reader().when().get("/api/v1/contacts/" + contactId).then().body("archived", equalTo(true));
    }
}
