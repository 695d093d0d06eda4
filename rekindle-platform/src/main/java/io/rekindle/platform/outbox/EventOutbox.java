package io.rekindle.platform.outbox;

import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records domain events in the service's own database, in the caller's transaction. The event is
 * published by {@link OutboxRelay} only if that transaction commits: no dual write, nothing lost.
 */
@ApplicationScoped
public class EventOutbox {

    private final EventCodec codec;
    private final Clock clock;
    private final String source;

    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    EventOutbox(EventCodec codec, Clock clock, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.codec = codec;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
        this.source = "/rekindle/" + serviceName;
    }

    /** Mandatory transaction: an event recorded outside the state change's transaction would be a dual write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends EventPayload> EventEnvelope record(EventType<P> type, P payload) {
        EventEnvelope envelope = codec.envelope(type, payload, source, clock.instant());
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.eventType = envelope.type();
        row.topic = type.topic();
        row.aggregateId = envelope.subject();
        row.envelope = codec.write(envelope);
        row.createdAt = envelope.time();
        row.persist();
        wakeRelayAfterCommit();
        return envelope;
    }

    /** One wake-up per transaction, however many events it recorded. */
    private void wakeRelayAfterCommit() {
        Object key = EventOutbox.class;
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
