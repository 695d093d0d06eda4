package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A tracked link of a send was followed. {@code linkId} identifies the link within the campaign; {@code url} is its target. */
public record EmailClicked(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        String linkId,
        String url,
        Instant clickedAt) implements EventPayload {

    public static final EventType<EmailClicked> TYPE =
            EventType.of("engagement", "EmailClicked", 1, EmailClicked.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
