package io.rekindle.platform.outbox;

import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

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
    private final EntityManager entityManager;

    EventOutbox(EventCodec codec, Clock clock, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            EntityManager entityManager, @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.codec = codec;
        this.entityManager = entityManager;
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

    /**
     * Records many events of one type in one JDBC batch, for bulk use cases (CSV imports): the entity
     * path inserts one row per round trip because {@code position} is an identity column.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends EventPayload> void recordAll(EventType<P> type, List<P> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        int size = payloads.size();
        String[] ids = new String[size];
        String[] subjects = new String[size];
        String[] envelopes = new String[size];
        Timestamp[] times = new Timestamp[size];
        for (int i = 0; i < size; i++) {
            EventEnvelope envelope = codec.envelope(type, payloads.get(i), source, clock.instant());
            ids[i] = envelope.id();
            subjects[i] = envelope.subject();
            envelopes[i] = codec.write(envelope);
            times[i] = Timestamp.from(envelope.time());
        }
        // One statement for all rows; unnest keeps the array order, so positions follow the list.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, event_type, topic, aggregate_id, envelope, created_at)
                    select event_id, ?, ?, aggregate_id, envelope, created_at
                    from unnest(?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[]) with ordinality
                        as e(event_id, aggregate_id, envelope, created_at, n)
                    order by n""")) {
                insert.setString(1, type.cloudEventType());
                insert.setString(2, type.topic());
                insert.setArray(3, connection.createArrayOf("varchar", ids));
                insert.setArray(4, connection.createArrayOf("varchar", subjects));
                insert.setArray(5, connection.createArrayOf("text", envelopes));
                insert.setArray(6, connection.createArrayOf("timestamptz", times));
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
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
