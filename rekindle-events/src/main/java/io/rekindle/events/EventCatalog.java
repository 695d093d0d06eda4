package io.rekindle.events;

import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.events.contact.ContactCreated;
import java.util.List;
import java.util.Optional;

/** Every event type the suite publishes: the public event API, documented in docs/events.md. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(
            ContactCreated.TYPE,
            AccountSettingsChanged.TYPE);

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byCloudEventType(String type) {
        return ALL.stream().filter(t -> t.cloudEventType().equals(type)).findFirst();
    }
}
