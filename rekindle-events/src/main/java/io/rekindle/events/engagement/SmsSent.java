package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An SMS of a campaign was handed to the SMS gateway for one contact (K2, M4). */
public record SmsSent(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        UUID subscriptionTypeId,
        Instant sentAt) implements EventPayload {

    public static final EventType<SmsSent> TYPE =
            EventType.of("engagement", "SmsSent", 1, SmsSent.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
