package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact was added to the account. Carries personal data (email, names) because consumers keep
 * their own projections; a later erasure event tells them to drop it.
 */
public record ContactCreated(
        UUID contactId,
        String email,
        String firstName,
        String lastName,
        String phone,
        Instant createdAt) implements EventPayload {

    public static final EventType<ContactCreated> TYPE =
            EventType.of("contact", "ContactCreated", 1, ContactCreated.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
