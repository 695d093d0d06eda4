package io.rekindle.segment.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.Topics;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class ContactEventsConsumerTest {

    private final EventCodec codec = new EventCodec();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void aContactCreatedEventDeliveredTwiceIsAppliedOnce() {
        String domain = "@twice-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        EventEnvelope event = contactCreated("ada" + domain);
        EventEnvelope other = contactCreated("grace" + domain);

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            send(kafka, event);
            send(kafka, event);
            send(kafka, other);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(countWithDomain(domain)).isEqualTo(2));
        assertThat(processedCount(event.id())).isEqualTo(1);
        // The duplicate was consumed before `other`, so by now it has been seen and skipped for good.
        assertThat(countWithDomain(domain)).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
        String domain = "@poison-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        EventEnvelope afterPoison = contactCreated("after" + domain);
        String poison = "{\"this is\": \"not a CloudEvent\", \"marker\": \"" + domain + "\"}";

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.CONTACTS, afterPoison.subject(), poison))
                    .awaitCompletion();
            send(kafka, afterPoison);

            var deadLetter = kafka.consumeStrings()
                    .fromTopics(Topics.deadLetter("segment-service"), r -> r.select().where(rec -> rec.value().contains(domain)))
                    .awaitNextRecord(Duration.ofSeconds(20))
                    .getLastRecord();
            assertThat(deadLetter.value()).isEqualTo(poison);
            assertThat(deadLetter.headers().lastHeader("dead-letter-reason")).isNotNull();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(countWithDomain(domain)).isEqualTo(1));
    }

    @Test
    void anErasedContactLeavesNoPersonalDataInTheProjection() {
        String domain = "@erased-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        EventEnvelope created = contactCreated("gone" + domain);
        UUID contactId = UUID.fromString(created.subject());
        EventEnvelope erased = codec.envelope(ContactErased.TYPE, new ContactErased(contactId, Instant.now()),
                "/rekindle/contact-service", Instant.now());

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            send(kafka, created);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(countWithDomain(domain)).isEqualTo(1));
            send(kafka, erased);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(countWithDomain(domain)).isZero());
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from contact_profile where contact_id = :id")
                .setParameter("id", contactId).getSingleResult()).longValue());
        assertThat(rows).isZero();
    }

    private long countWithDomain(String domain) {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON)
                .body("{\"criteria\": {\"type\": \"property\", \"property\": \"email\", \"operator\": \"endsWith\", "
                        + "\"value\": \"" + domain + "\"}}")
                .when().post("/api/v1/segments/preview")
                .then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private EventEnvelope contactCreated(String email) {
        ContactCreated payload = new ContactCreated(UUID.randomUUID(), email, "First", null, null, Instant.now());
        return codec.envelope(ContactCreated.TYPE, payload, "/rekindle/contact-service", Instant.now());
    }

    private void send(KafkaCompanion kafka, EventEnvelope event) {
        kafka.produceStrings()
                .fromRecords(new ProducerRecord<>(Topics.CONTACTS, event.subject(), codec.write(event)))
                .awaitCompletion();
    }
}
