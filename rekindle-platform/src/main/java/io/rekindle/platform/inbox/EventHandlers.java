package io.rekindle.platform.inbox;

import io.rekindle.events.EventEnvelope;
import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What one consumer does with each event type it cares about; other types on its topics are skipped. */
public final class EventHandlers {

    private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

    public <P extends EventPayload> EventHandlers on(EventType<P> type, Consumer<P> handler) {
        byType.put(type.cloudEventType(), new Handler<>(type, handler));
        return this;
    }

    Optional<Handler<?>> find(EventEnvelope envelope) {
        return Optional.ofNullable(byType.get(envelope.type()));
    }

    record Handler<P extends EventPayload>(EventType<P> type, Consumer<P> effect) {
    }
}
