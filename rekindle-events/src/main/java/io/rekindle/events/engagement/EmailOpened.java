package io.rekindle.events.engagement;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A send's open pixel was loaded. {@code machineOpen} marks opens by privacy proxies such as Apple Mail Privacy Protection, which load every image without a person reading the mail; segments can exclude them from "engaged". */
public record EmailOpened(
        UUID sendId,
        UUID campaignId,
        UUID contactId,
        boolean machineOpen,
        Instant openedAt) implements EventPayload {

    public static final EventType<EmailOpened> TYPE =
            EventType.of("engagement", "EmailOpened", 1, EmailOpened.class, Topics.ENGAGEMENT);

    /** Keyed by contact: one contact's engagement stays in order for the segment projections. */
    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
