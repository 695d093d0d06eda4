package io.rekindle.campaign.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.events.contact.SubscriptionChanged;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds contact events as contact-service publishes them, sends them through the real topic and waits
 * until campaign-service's consumer has processed every one.
 */
public final class ContactFeed {

    private static final String SOURCE = "/rekindle/contact-service";

    private final EventCodec codec = new EventCodec();
    private final List<EventEnvelope> pending = new ArrayList<>();
    private final String bootstrapServers;
    private final EntityManager entityManager;

    public ContactFeed(String bootstrapServers, EntityManager entityManager) {
        this.bootstrapServers = bootstrapServers;
        this.entityManager = entityManager;
    }

    public UUID contact(String email, String firstName, String lastName) {
        UUID id = UUID.randomUUID();
        add(ContactCreated.TYPE, new ContactCreated(id, email, firstName, lastName, null, Instant.now()));
        return id;
    }

    public void update(UUID contact, String email, String firstName, String lastName) {
        add(ContactUpdated.TYPE, new ContactUpdated(contact, email, firstName, lastName, null, Instant.now()));
    }

    public void archive(UUID contact) {
        add(ContactArchived.TYPE, new ContactArchived(contact, "test", Instant.now()));
    }

    public void erase(UUID contact) {
        add(ContactErased.TYPE, new ContactErased(contact, Instant.now()));
    }

    public EventEnvelope subscription(UUID contact, UUID type, String channel, String status, Instant at) {
        return add(SubscriptionChanged.TYPE, new SubscriptionChanged(contact, type, channel, "NOT_SPECIFIED", status,
                "API", "CONSENT", false, UUID.randomUUID(), at));
    }

    /** Queues an event already built, e.g. to deliver it a second time. */
    public void again(EventEnvelope event) {
        pending.add(event);
    }

    /** Sends everything queued, in order, and waits until every event id has been processed. */
    public void publishAndAwait() {
        Set<String> ids = new LinkedHashSet<>();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            for (EventEnvelope event : pending) {
                ids.add(event.id());
                kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.CONTACTS, event.subject(),
                        codec.write(event))).awaitCompletion();
            }
        }
        pending.clear();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(processed(ids)).isEqualTo(ids.size()));
    }

    private long processed(Set<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id in (:ids)")
                .setParameter("ids", ids).getSingleResult()).longValue());
    }

    private <P extends EventPayload> EventEnvelope add(EventType<P> type, P payload) {
        EventEnvelope envelope = codec.envelope(type, payload, SOURCE, Instant.now());
        pending.add(envelope);
        return envelope;
    }
}
