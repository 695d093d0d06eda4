package io.rekindle.segment.testing;

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
import io.rekindle.events.contact.OrderRecorded;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.events.engagement.EmailBounced;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.SmsSent;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds contact and engagement events as their producers publish them, sends them through the real
 * topics and waits until segment-service's consumers have applied every one.
 */
public final class EventFeed {

    public static final UUID DEFAULT_TYPE = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private final EventCodec codec = new EventCodec();
    private final List<EventEnvelope> pending = new ArrayList<>();
    private final String bootstrapServers;
    private final EntityManager entityManager;

    public EventFeed(String bootstrapServers, EntityManager entityManager) {
        this.bootstrapServers = bootstrapServers;
        this.entityManager = entityManager;
    }

    public UUID contact(String email, Instant createdAt) {
        UUID id = UUID.randomUUID();
        add(ContactCreated.TYPE, new ContactCreated(id, email, null, null, null, createdAt), "/rekindle/contact-service");
        return id;
    }

    public void archive(UUID contact, Instant at) {
        add(ContactArchived.TYPE, new ContactArchived(contact, "test", at), "/rekindle/contact-service");
    }

    public void erase(UUID contact, Instant at) {
        add(ContactErased.TYPE, new ContactErased(contact, at), "/rekindle/contact-service");
    }

    public void subscription(UUID contact, UUID type, String channel, String status, boolean doubleOptIn, Instant at) {
        add(SubscriptionChanged.TYPE, new SubscriptionChanged(contact, type, channel, "NOT_SPECIFIED", status, "API",
                "CONSENT", doubleOptIn, UUID.randomUUID(), at), "/rekindle/contact-service");
    }

    public void order(UUID contact, Instant placedAt) {
        add(OrderRecorded.TYPE, new OrderRecorded(contact, "ORDER-" + UUID.randomUUID(), new BigDecimal("10.00"), "EUR",
                placedAt, "API", placedAt), "/rekindle/contact-service");
    }

    /** An email of {@code campaign} sent to {@code contact}; returns the send id. */
    public UUID emailSent(UUID contact, UUID campaign, Instant at) {
        UUID send = UUID.randomUUID();
        add(EmailSent.TYPE, new EmailSent(send, campaign, "REGULAR", contact, DEFAULT_TYPE, at), "/rekindle/campaign-service");
        return send;
    }

    public EventEnvelope opened(UUID send, UUID contact, UUID campaign, boolean machine, Instant at) {
        return add(EmailOpened.TYPE, new EmailOpened(send, campaign, contact, machine, at), "/rekindle/campaign-service");
    }

    public EventEnvelope clicked(UUID send, UUID contact, UUID campaign, String link, Instant at) {
        return add(EmailClicked.TYPE, new EmailClicked(send, campaign, contact, link, "https://shop.example/" + link, at),
                "/rekindle/campaign-service");
    }

    public void bounced(UUID send, UUID contact, UUID campaign, Instant at) {
        add(EmailBounced.TYPE, new EmailBounced(send, campaign, contact, "hard", "userunknown", at),
                "/rekindle/campaign-service");
    }

    public void confirmed(UUID send, UUID contact, UUID campaign, Instant at) {
        add(PermissionPassConfirmed.TYPE, new PermissionPassConfirmed(send, campaign, contact, DEFAULT_TYPE, at),
                "/rekindle/campaign-service");
    }

    public UUID smsSent(UUID contact, UUID campaign, Instant at) {
        UUID send = UUID.randomUUID();
        add(SmsSent.TYPE, new SmsSent(send, campaign, contact, DEFAULT_TYPE, at), "/rekindle/campaign-service");
        return send;
    }

    public void smsClicked(UUID send, UUID contact, UUID campaign, Instant at) {
        add(SmsClicked.TYPE, new SmsClicked(send, campaign, contact, "offer", at), "/rekindle/campaign-service");
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
                String topic = event.type().startsWith("io.rekindle.engagement.") ? Topics.ENGAGEMENT : Topics.CONTACTS;
                kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, event.subject(), codec.write(event)))
                        .awaitCompletion();
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

    private <P extends EventPayload> EventEnvelope add(EventType<P> type, P payload, String source) {
        EventEnvelope envelope = codec.envelope(type, payload, source, Instant.now());
        pending.add(envelope);
        return envelope;
    }
}
