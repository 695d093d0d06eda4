package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** The receiving side confirmed delivery of a send (ESP delivery webhook); clears soft-bounce counts. */
public record EmailDelivered(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        Instant deliveredAt) implements EventPayload {

    public static final EventType<EmailDelivered> TYPE =
            EventType.of("engagement", "EmailDelivered", 1, EmailDelivered.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
