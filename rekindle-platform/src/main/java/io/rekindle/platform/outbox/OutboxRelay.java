package io.rekindle.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rekindle.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker
 * acknowledged them (acks=all). Delivery is at-least-once: a crash after the send and before the mark
 * publishes the same event (same id) again, which consumers skip by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Scheduler identity, so operators and tests can pause and resume the relay. */
    public static final String JOB_IDENTITY = "outbox-relay";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * Only one relay instance per schema publishes at a time. With several replicas, a second relay
     * taking the next rows (SKIP LOCKED) could publish a later event of an aggregate before an earlier
     * one; one transaction-scoped advisory lock keeps per-aggregate order and costs nothing when idle.
     */
    private static final long RELAY_LOCK_KEY = 0x52454b494e444cL;

    private final EntityManager entityManager;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration retention;
    private final Counter published;
    private final AtomicLong pending = new AtomicLong();

    OutboxRelay(EntityManager entityManager,
            @Channel("outbox") MutinyEmitter<String> emitter,
            Clock clock,
            MeterRegistry registry,
            @ConfigProperty(name = "rekindle.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "rekindle.outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout,
            @ConfigProperty(name = "rekindle.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.clock = clock;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
        this.published = Counter.builder("rekindle.outbox.published")
                .description("Events the outbox relay published to Kafka").register(registry);
        registry.gauge("rekindle.outbox.pending", pending);
    }

    @Scheduled(identity = JOB_IDENTITY, every = "${rekindle.outbox.relay-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // The rows stay unpublished and the next run tries again; one failure must not stop the relay.
            LOG.warnf(e, "Outbox relay run failed; will retry");
        }
    }

    /** Publishes every unpublished event, batch by batch. Returns how many were published. */
    public int publishPending() {
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::publishOneBatch);
            total += sent;
        } while (sent == batchSize);
        pending.set(countPending());
        return total;
    }

    private int publishOneBatch() {
        Boolean locked = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent where publishedAt is null order by position", OutboxEvent.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = batch.stream().map(this::send).toList();
        Uni.join().all(acks).andFailFast().await().atMost(sendTimeout);
        var now = clock.instant();
        batch.forEach(row -> row.publishedAt = now);
        published.increment(batch.size());
        return batch.size();
    }

    private Uni<Void> send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.aggregateId)
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.envelope).addMetadata(metadata));
    }

    private long countPending() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null")
                .getSingleResult());
    }

    /** Published rows are kept for a while for audit and replay, then removed. */
    @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m")
    void removePublishedOlderThanRetention() {
        var cutoff = clock.instant().minus(retention);
        int removed = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("delete from OutboxEvent where publishedAt is not null and publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
        if (removed > 0) {
            LOG.debugf("Removed %d published outbox events older than %s", removed, retention);
        }
    }
}
