package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A tracked link in an SMS was followed (K2 "clicked SMS"). */
public record SmsClicked(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        String linkId,
        Instant clickedAt) implements EventPayload {

    public static final EventType<SmsClicked> TYPE =
            EventType.of("engagement", "SmsClicked", 1, SmsClicked.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
