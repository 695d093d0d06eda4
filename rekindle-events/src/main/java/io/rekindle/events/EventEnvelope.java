package io.rekindle.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the whole envelope is the Kafka record value.
 *
 * <p>Structured mode (rather than {@code ce_} headers) was chosen so that a record read with any
 * tool (kcat, a dead-letter inspector, a consumer in another language) carries its own identity and
 * version. {@code dataversion} is a CloudEvents extension attribute: the payload's schema version,
 * also visible as the {@code .vN} suffix of {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String dataversion,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Content type of the Kafka record value (CloudEvents Kafka binding, structured mode). */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public EventEnvelope {
        requireText(specversion, "specversion");
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        Objects.requireNonNull(time, "time is required");
        requireText(subject, "subject");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new InvalidEventException("unsupported CloudEvents specversion " + specversion);
        }
    }

    private static void requireText(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("CloudEvents attribute '" + attribute + "' is required");
        }
    }

    /** True when this envelope carries an event of the given type (name and version). */
    public boolean is(EventType<?> eventType) {
        return eventType.cloudEventType().equals(type);
    }
}
