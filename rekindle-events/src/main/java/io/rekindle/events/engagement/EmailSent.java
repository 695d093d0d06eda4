package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An email of a campaign was accepted by the SMTP server for one contact. {@code campaignKind} is REGULAR or PERMISSION_PASS. */
public record EmailSent(
        UUID sendId,
        UUID campaignId,
        String campaignKind,
        UUID contactId,
        UUID subscriptionTypeId,
        Instant sentAt) implements EventPayload {

    public static final EventType<EmailSent> TYPE =
            EventType.of("engagement", "EmailSent", 1, EmailSent.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
