package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact's personal data was erased (GDPR). Only an anonymous tombstone with this id remains;
 * every consumer must delete the personal data it copied (email, names, phone) on receipt.
 */
public record ContactErased(UUID contactId, Instant erasedAt) implements EventPayload {

    public static final EventType<ContactErased> TYPE =
            EventType.of("contact", "ContactErased", 1, ContactErased.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
