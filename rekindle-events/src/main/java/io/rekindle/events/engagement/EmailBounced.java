package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A send bounced: at SMTP time (5xx) or later (a DSN or ESP webhook mapped back to the send by its VERP token). {@code severity} is hard or soft; {@code reason} a sisimai reason. */
public record EmailBounced(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        String severity,
        String reason,
        Instant bouncedAt) implements EventPayload {

    public static final EventType<EmailBounced> TYPE =
            EventType.of("engagement", "EmailBounced", 1, EmailBounced.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
