package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An archived contact was restored. */
public record ContactUnarchived(UUID contactId, Instant unarchivedAt) implements EventPayload {

    public static final EventType<ContactUnarchived> TYPE =
            EventType.of("contact", "ContactUnarchived", 1, ContactUnarchived.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
