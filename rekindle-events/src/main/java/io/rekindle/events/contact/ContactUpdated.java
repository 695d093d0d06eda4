package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A contact's personal fields changed; carries their full new state, so consumers simply overwrite. */
public record ContactUpdated(
        UUID contactId,
        String email,
        String firstName,
        String lastName,
        String phone,
        Instant updatedAt) implements EventPayload {

    public static final EventType<ContactUpdated> TYPE =
            EventType.of("contact", "ContactUpdated", 1, ContactUpdated.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
