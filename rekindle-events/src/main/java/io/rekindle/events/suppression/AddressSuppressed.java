package io.rekindle.events.suppression;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;

/**
 * An address was put on the suppression list: no marketing email may be sent to it until an
 * {@link AddressUnsuppressed} follows. Keyed by the normalised address so a consumer's replica sees one
 * address's changes in order.
 *
 * @param address      normalised address (trimmed, lower-case, IDN domain as punycode); the aggregate id
 * @param category     hard-bounce, soft-bounce, complaint, unsubscribe, provider-suppressed or manual
 * @param reason       sisimai reason such as {@code userunknown} or {@code mailboxfull}; null when none applies
 * @param severity     hard, soft or n/a
 * @param global       true for the platform-wide list: blocks every send and can never be unbounced
 * @param sendId       the send whose bounce caused it (VERP token), when known
 * @param suppressedAt when the address was suppressed
 */
public record AddressSuppressed(
        String address,
        String category,
        String reason,
        String severity,
        boolean global,
        String sendId,
        Instant suppressedAt) implements EventPayload {

    public static final EventType<AddressSuppressed> TYPE =
            EventType.of("suppression", "AddressSuppressed", 1, AddressSuppressed.class, Topics.SUPPRESSIONS);

    @Override
    public String aggregateId() {
        return address;
    }
}
