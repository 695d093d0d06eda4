package io.rekindle.events;

import java.util.Objects;

/**
 * One published event type: its past-tense name, payload schema version, payload class and topic.
 *
 * <p>A breaking change to a payload is a new {@code EventType} with the next version, published
 * alongside the old one until its consumers have moved; adding an optional field is not breaking.
 */
public final class EventType<P extends EventPayload> {

    private static final String TYPE_PREFIX = "io.rekindle.";

    private final String domain;
    private final String name;
    private final int version;
    private final Class<P> payloadClass;
    private final String topic;

    private EventType(String domain, String name, int version, Class<P> payloadClass, String topic) {
        this.domain = Objects.requireNonNull(domain);
        this.name = Objects.requireNonNull(name);
        this.version = version;
        this.payloadClass = Objects.requireNonNull(payloadClass);
        this.topic = Objects.requireNonNull(topic);
    }

    public static <P extends EventPayload> EventType<P> of(
            String domain, String name, int version, Class<P> payloadClass, String topic) {
        return new EventType<>(domain, name, version, payloadClass, topic);
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code io.rekindle.contact.ContactCreated.v1}. */
    public String cloudEventType() {
        return TYPE_PREFIX + domain + "." + name + ".v" + version;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public Class<P> payloadClass() {
        return payloadClass;
    }

    public String topic() {
        return topic;
    }

    @Override
    public String toString() {
        return cloudEventType();
    }
}
