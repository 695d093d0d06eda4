package io.rekindle.contact.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.platform.outbox.OutboxRelay;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox across a relay outage: what was committed while the relay was down is published when it
 * comes back, and a publication whose "published" mark was lost is sent again with the same event id
 * (at-least-once), never with a new one that a consumer could not recognise as a duplicate.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resumeRelay() {
        relay.resume();
    }

    @Test
    void eventsCommittedWhileTheRelayIsDownArePublishedWhenItComesBackAndALostMarkRepublishesTheSameIds() {
        relay.pause();
        awaitRelayIdle();
        List<String> contactIds = IntStream.range(0, 5).mapToObj(i -> createContact("outage-" + i + "@example.com")).toList();

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            assertThat(recordsFor(kafka, contactIds, Duration.ofSeconds(2))).isEmpty();

            relay.resume();
            List<ConsumerRecord<String, String>> firstDelivery = awaitRecords(kafka, contactIds, 5);
            Map<String, String> eventIdByContact = eventIds(firstDelivery);
            assertThat(eventIdByContact).containsOnlyKeys(contactIds);

            // The relay crashed after Kafka acknowledged the send and before the rows were marked.
            relay.pause();
            awaitRelayIdle();
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update outbox_event set published_at = null where aggregate_id in (:ids)")
                    .setParameter("ids", contactIds)
                    .executeUpdate());
            assertThat(relay.publishPending()).isGreaterThanOrEqualTo(5);

            List<ConsumerRecord<String, String>> allDeliveries = awaitRecords(kafka, contactIds, 10);
            assertThat(allDeliveries).hasSize(10);
            Map<String, Set<String>> idsSeen = allDeliveries.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(r -> new EventCodec().read(r.value()).id(), Collectors.toSet())));
            assertThat(idsSeen).allSatisfy((contact, ids) -> assertThat(ids).containsExactly(eventIdByContact.get(contact)));
        }
        Long unpublished = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null and e.aggregateId in (:ids)")
                .setParameter("ids", contactIds).getSingleResult());
        assertThat(unpublished).isZero();
    }

    /** Pausing stops future runs, not one already under way; a relay run takes milliseconds. */
    private static void awaitRelayIdle() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String createContact(String email) {
        String location = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static List<ConsumerRecord<String, String>> recordsFor(KafkaCompanion kafka, List<String> keys, Duration during) {
        return kafka.consumeStrings().fromTopics(Topics.CONTACTS, during).awaitCompletion().getRecords().stream()
                .filter(r -> keys.contains(r.key())).toList();
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(KafkaCompanion kafka, List<String> keys, int count) {
        return kafka.consumeStrings()
                .fromTopics(Topics.CONTACTS, r -> r.select().where(rec -> keys.contains(rec.key())))
                .awaitRecords(count, Duration.ofSeconds(20))
                .getRecords();
    }

    private static Map<String, String> eventIds(List<ConsumerRecord<String, String>> records) {
        EventCodec codec = new EventCodec();
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, r -> codec.read(r.value()).id(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
