package io.rekindle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.events.contact.ContactCreated;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void envelopeCarriesCloudEventsAttributesAndRoundTrips() {
        UUID contactId = UUID.randomUUID();
        ContactCreated payload = new ContactCreated(contactId, "ada@example.com", "Ada", "Lovelace", null,
                Instant.parse("2026-11-23T10:15:30Z"));

        EventEnvelope envelope = codec.envelope(ContactCreated.TYPE, payload, "/rekindle/contact-service",
                Instant.parse("2026-11-23T10:15:31Z"));
        String json = codec.write(envelope);

        assertThat(json).contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"io.rekindle.contact.ContactCreated.v1\"")
                .contains("\"subject\":\"" + contactId + "\"")
                .contains("\"dataversion\":\"1\"")
                .contains("\"time\":\"2026-11-23T10:15:31Z\"");
        EventEnvelope read = codec.read(json);
        assertThat(read.id()).isEqualTo(envelope.id());
        assertThat(codec.payload(read, ContactCreated.TYPE)).isEqualTo(payload);
    }

    @Test
    void unknownPayloadFieldsAreIgnoredSoOptionalAdditionsDoNotBreakConsumers() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/x","type":"io.rekindle.contact.ContactCreated.v1",
                 "time":"2026-11-23T10:15:31Z","subject":"0b0f5a8e-8b1a-4a8e-9f57-1b9b3f0e8a11",
                 "data":{"contactId":"0b0f5a8e-8b1a-4a8e-9f57-1b9b3f0e8a11","email":"a@b.c","addedLater":true}}
                """;

        ContactCreated payload = codec.payload(codec.read(json), ContactCreated.TYPE);

        assertThat(payload.email()).isEqualTo("a@b.c");
    }

    @Test
    void recordsWithoutRequiredAttributesAreRejectedAsInvalidEvents() {
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"id\":\"e1\"}"))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> codec.read("not json")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> codec.read("")).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void everyCatalogTypeHasAVersionedPastTenseCloudEventType() {
        // Past tense: regular verbs end in -ed; "Sent" is the one irregular verb we use.
        assertThat(EventCatalog.ALL).allSatisfy(type ->
                assertThat(type.cloudEventType()).matches("io\\.rekindle\\.[a-z]+\\.[A-Z][A-Za-z]+(ed|Sent)\\.v\\d+"));
    }
}
