package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A contact clicked the "stay subscribed" link of a permission-pass email (R6): contact-service records it as a PERMISSION_PASS re-confirmation in the consent ledger. */
public record PermissionPassConfirmed(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        UUID subscriptionTypeId,
        Instant confirmedAt) implements EventPayload {

    public static final EventType<PermissionPassConfirmed> TYPE =
            EventType.of("engagement", "PermissionPassConfirmed", 1, PermissionPassConfirmed.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
