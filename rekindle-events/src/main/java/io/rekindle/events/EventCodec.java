package io.rekindle.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes and reads events as CloudEvents JSON. Readers ignore unknown payload fields, so adding an
 * optional field to a payload never breaks an older consumer.
 */
public final class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Wraps a payload in a new envelope with a fresh event id. */
    public <P extends EventPayload> EventEnvelope envelope(
            EventType<P> type, P payload, String source, Instant time) {
        return new EventEnvelope(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type.cloudEventType(),
                time,
                payload.aggregateId(),
                EventEnvelope.DATA_CONTENT_TYPE,
                Integer.toString(type.version()),
                mapper.valueToTree(payload));
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + envelope.id() + " cannot be written as JSON", e);
        }
    }

    public EventEnvelope read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value");
        }
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (InvalidEventException e) {
            throw e;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("record value is not a CloudEvents JSON event: " + e.getMessage(), e);
        }
    }

    /** Reads the payload of an envelope already known to be of {@code type}. */
    public <P extends EventPayload> P payload(EventEnvelope envelope, EventType<P> type) {
        if (!envelope.is(type)) {
            throw new InvalidEventException("event " + envelope.id() + " is " + envelope.type() + ", not " + type);
        }
        if (envelope.data() == null || envelope.data().isNull()) {
            throw new InvalidEventException("event " + envelope.id() + " has no data");
        }
        try {
            return mapper.treeToValue(envelope.data(), type.payloadClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("event " + envelope.id() + " has unreadable " + type.name() + " data", e);
        }
    }
}
