package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A recipient used a send's unsubscribe link (RFC 8058 one-click POST, or the button of the
 * unsubscribe page): contact-service unsubscribes the contact from the send's subscription type on
 * {@code channel} at once, with a ONE_CLICK_UNSUBSCRIBE consent record.
 */
public record UnsubscribeRequested(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        UUID subscriptionTypeId,
        String channel,
        Instant requestedAt) implements EventPayload {

    public static final EventType<UnsubscribeRequested> TYPE =
            EventType.of("engagement", "UnsubscribeRequested", 1, UnsubscribeRequested.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
