package io.rekindle.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.EventPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.sql.Timestamp;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer: the event id is inserted into {@code processed_event}
 * in the same transaction as the effect, so a redelivered event (relay retry, consumer rebalance,
 * replay) finds its id and changes nothing. An unreadable record throws
 * {@link io.rekindle.events.InvalidEventException}, which the channel's failure strategy sends to the
 * dead-letter topic.
 */
@ApplicationScoped
public class IdempotentEventProcessor {

    private static final Logger LOG = Logger.getLogger(IdempotentEventProcessor.class);

    /** What became of one record. */
    public enum Outcome { APPLIED, DUPLICATE, NOT_HANDLED }

    private final EventCodec codec;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MeterRegistry registry;

    IdempotentEventProcessor(EventCodec codec, EntityManager entityManager, Clock clock, MeterRegistry registry) {
        this.codec = codec;
        this.entityManager = entityManager;
        this.clock = clock;
        this.registry = registry;
    }

    @Transactional
    public Outcome process(String consumer, String recordValue, EventHandlers handlers) {
        EventEnvelope envelope = codec.read(recordValue);
        Outcome outcome = handlers.find(envelope)
                .map(handler -> applyOnce(consumer, envelope, handler))
                .orElse(Outcome.NOT_HANDLED);
        registry.counter("rekindle.events.consumed", "consumer", consumer, "outcome", outcome.name().toLowerCase())
                .increment();
        return outcome;
    }

    private <P extends EventPayload> Outcome applyOnce(String consumer, EventEnvelope envelope,
            EventHandlers.Handler<P> handler) {
        P payload = codec.payload(envelope, handler.type());
        if (!markProcessed(consumer, envelope)) {
            LOG.debugf("Consumer %s skips duplicate event %s (%s)", consumer, envelope.id(), envelope.type());
            return Outcome.DUPLICATE;
        }
        handler.effect().accept(payload);
        return Outcome.APPLIED;
    }

    /** True when this consumer had not processed the event before. */
    private boolean markProcessed(String consumer, EventEnvelope envelope) {
        int inserted = entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (:consumer, :eventId, :eventType, :processedAt)
                on conflict (consumer, event_id) do nothing
                """)
                .setParameter("consumer", consumer)
                .setParameter("eventId", envelope.id())
                .setParameter("eventType", envelope.type())
                .setParameter("processedAt", Timestamp.from(clock.instant()))
                .executeUpdate();
        return inserted == 1;
    }
}
