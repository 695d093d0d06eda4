package io.rekindle.suppression.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.Topics;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Total contacts, the base of the unbounce allowance, are counted from ContactCreated, once per event. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class ContactEventsConsumerTest {

    private final EventCodec codec = new EventCodec();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestData data;

    @Test
    void eachContactCreatedCountsOnceEvenWhenDeliveredTwice() {
        data.contactTotal(40);
        EventEnvelope first = contactCreated();
        EventEnvelope second = contactCreated();

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            for (EventEnvelope event : new EventEnvelope[] {first, first, second}) {
                kafka.produceStrings()
                        .fromRecords(new ProducerRecord<>(Topics.CONTACTS, event.subject(), codec.write(event)))
                        .awaitCompletion();
            }
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(processed(second)).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(processed(first)).isEqualTo(1));
        assertThat(data.contactTotal()).isEqualTo(42);
    }

    private long processed(EventEnvelope event) {
        return data.count("select count(*) from processed_event where event_id = '" + event.id() + "'");
    }

    private EventEnvelope contactCreated() {
        ContactCreated payload = new ContactCreated(UUID.randomUUID(), UUID.randomUUID() + "@example.org", null, null,
                null, Instant.now());
        return codec.envelope(ContactCreated.TYPE, payload, "/rekindle/contact-service", Instant.now());
    }
}
