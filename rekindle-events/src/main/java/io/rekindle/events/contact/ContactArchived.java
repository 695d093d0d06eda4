package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A contact was archived (M6): kept with its history, but in no audience until un-archived. */
public record ContactArchived(UUID contactId, String reason, Instant archivedAt) implements EventPayload {

    public static final EventType<ContactArchived> TYPE =
            EventType.of("contact", "ContactArchived", 1, ContactArchived.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
