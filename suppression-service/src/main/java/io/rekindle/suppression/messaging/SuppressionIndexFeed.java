package io.rekindle.suppression.messaging;

import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.suppression.service.SuppressionIndex;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the service's own suppression events to this instance's in-memory index, so that a change made
 * by another replica blocks sends here within moments. Each instance reads in its own consumer group from
 * the latest offset (the database load at start covers what came before); applying an event twice is
 * harmless, so no inbox is needed.
 */
@ApplicationScoped
public class SuppressionIndexFeed {

    private final EventCodec codec;
    private final SuppressionIndex index;

    SuppressionIndexFeed(EventCodec codec, SuppressionIndex index) {
        this.codec = codec;
        this.index = index;
    }

    @Incoming("suppression-index")
    public void onSuppressionEvent(String record) {
        EventEnvelope envelope = codec.read(record);
        if (envelope.is(AddressSuppressed.TYPE)) {
            AddressSuppressed suppressed = codec.payload(envelope, AddressSuppressed.TYPE);
            index.put(suppressed.address(), suppressed.category(), suppressed.reason(), suppressed.severity(),
                    suppressed.global());
        } else if (envelope.is(AddressUnsuppressed.TYPE)) {
            index.remove(codec.payload(envelope, AddressUnsuppressed.TYPE).address());
        }
    }
}
