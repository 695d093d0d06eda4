package io.rekindle.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rekindle.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker
 * acknowledged them (acks=all). Delivery is at-least-once: a crash after the send and before the mark
 * publishes the same event (same id) again, which consumers skip by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Scheduler identity of the relay's periodic run, the safety net behind the after-commit wake-up. */
    public static final String JOB_IDENTITY = "outbox-relay";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * Only one relay instance per schema publishes at a time. With several replicas, a second relay
     * taking the next rows (SKIP LOCKED) could publish a later event of an aggregate before an earlier
     * one; one transaction-scoped advisory lock keeps per-aggregate order and costs nothing when idle.
     * Advisory locks are database-wide, so the lock is keyed by schema: services sharing a database
     * must not wait for each other.
     */
    private static final int RELAY_LOCK_CLASS = 0x52454b;

    private final EntityManager entityManager;
    private final OutboxChannel channel;
    private final Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration retention;
    private final Counter published;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final AtomicBoolean paused;
    private final Executor executor;

    OutboxRelay(EntityManager entityManager,
            OutboxChannel channel,
            Clock clock,
            MeterRegistry registry,
            @ConfigProperty(name = "rekindle.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "rekindle.outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout,
            @ConfigProperty(name = "rekindle.outbox.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "rekindle.outbox.relay-enabled", defaultValue = "true") boolean enabled) {
        this.paused = new AtomicBoolean(!enabled);
        this.entityManager = entityManager;
        this.channel = channel;
        this.clock = clock;
        // A plain worker pool, not a ManagedExecutor: the wake-up is submitted from the committing
        // thread, and propagating its (finished) transaction context to the relay thread is wrong.
        this.executor = Infrastructure.getDefaultWorkerPool();
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
        this.published = Counter.builder("rekindle.outbox.published")
                .description("Events the outbox relay published to Kafka").register(registry);
        registry.gauge("rekindle.outbox.pending", pending);
    }

    @Scheduled(identity = JOB_IDENTITY, every = "${rekindle.outbox.relay-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = MessagingNotStarted.class)
    void relay() {
        if (paused.get()) {
            return;
        }
        try {
            publishPending();
        } catch (RuntimeException e) {
            // The rows stay unpublished and the next run tries again; one failure must not stop the relay.
            LOG.warnf(e, "Outbox relay run failed; will retry");
        }
    }

    /** Stops publishing (events keep accumulating in the outbox) until {@link #resume()}. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        wakeUp();
    }

    /**
     * Asks for a run now rather than at the next tick: called after a transaction that recorded events
     * committed, so events reach Kafka within milliseconds. Wake-ups during a run coalesce into one
     * more run; the scheduled run remains the safety net.
     */
    public void wakeUp() {
        if (wakeUps.getAndIncrement() == 0) {
            executor.execute(this::runWhileWokenUp);
        }
    }

    private void runWhileWokenUp() {
        int handled;
        do {
            handled = wakeUps.get();
            relay();
        } while (wakeUps.addAndGet(-handled) > 0);
    }

    /**
     * Publishes every unpublished event, batch by batch, paused or not. Returns how many were published;
     * 0 also when another instance holds the relay lock.
     */
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
                .createNativeQuery("select pg_try_advisory_xact_lock(:lockClass, hashtext(current_schema()))")
                .setParameter("lockClass", RELAY_LOCK_CLASS)
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
        long started = System.nanoTime();
        List<Uni<Void>> acks = batch.stream().map(this::send).toList();
        Uni.join().all(acks).andFailFast().await().atMost(sendTimeout);
        LOG.debugf("Published %d events in %d ms", batch.size(), (System.nanoTime() - started) / 1_000_000);
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
        return channel.send(Message.of(row.envelope).addMetadata(metadata));
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
