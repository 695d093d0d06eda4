package io.rekindle.events.suppression;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;

/**
 * An address left the suppression list through an audited unbounce and may be sent to again.
 *
 * @param address          normalised address; the aggregate id
 * @param previousCategory the category it was suppressed under
 * @param previousReason   the reason it was suppressed for, or null
 * @param unsuppressedBy   subject of the token of the email admin who unbounced it
 * @param unsuppressedAt   when
 */
public record AddressUnsuppressed(
        String address,
        String previousCategory,
        String previousReason,
        String unsuppressedBy,
        Instant unsuppressedAt) implements EventPayload {

    public static final EventType<AddressUnsuppressed> TYPE =
            EventType.of("suppression", "AddressUnsuppressed", 1, AddressUnsuppressed.class, Topics.SUPPRESSIONS);

    @Override
    public String aggregateId() {
        return address;
    }
}
