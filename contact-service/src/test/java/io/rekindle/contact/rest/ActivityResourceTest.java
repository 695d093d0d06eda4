package io.rekindle.contact.rest;

import static io.rekindle.contact.rest.ImportFixtures.reader;
import static io.rekindle.contact.rest.ImportFixtures.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.Topics;
import io.rekindle.events.activity.OrderPlaced;
import io.rekindle.events.contact.OrderRecorded;
import io.rekindle.testkit.RealServersResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class ActivityResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anOrderPostedTwiceIsRecordedOnceAndPublishedOnce() {
        String contactId = ContactFixtures.create("buyer-" + UUID.randomUUID() + "@example.com");
        String orderId = "SHOP-" + UUID.randomUUID();
        Map<String, Object> order = Map.of("orderId", orderId, "contactId", contactId, "amount", 59.90,
                "currency", "eur", "placedAt", "2026-11-23T11:58:00Z");

        writer().body(order).when().post("/api/v1/activities/orders")
                .then().statusCode(201).body("contactId", equalTo(contactId)).body("currency", equalTo("EUR"));
        writer().body(order).when().post("/api/v1/activities/orders")
                .then().statusCode(200).body("orderId", equalTo(orderId));
        reader().queryParam("contactId", contactId).when().get("/api/v1/activities/orders").then().body("", hasSize(1));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            kafka.consumeStrings().fromTopics(Topics.CONTACTS, r -> r.select()
                            .where(rec -> contactId.equals(rec.key()) && rec.value().contains("OrderRecorded")))
                    .awaitNextRecord(Duration.ofSeconds(15));
            List<ConsumerRecord<String, String>> all = kafka.consumeStrings()
                    .fromTopics(Topics.CONTACTS, Duration.ofSeconds(3)).awaitCompletion().getRecords().stream()
                    .filter(r -> contactId.equals(r.key()) && r.value().contains("OrderRecorded")).toList();
            assertThat(all).hasSize(1);
            OrderRecorded recorded = codec.payload(codec.read(all.get(0).value()), OrderRecorded.TYPE);
            assertThat(recorded.orderId()).isEqualTo(orderId);
            assertThat(recorded.amount()).isEqualByComparingTo("59.90");
            assertThat(recorded.source()).isEqualTo("API");
        }
    }

    @Test
    void anOrderFromTheActivityTopicIsRecordedOnceEvenWhenRedelivered() {
        String email = "kafkabuyer-" + UUID.randomUUID() + "@example.com";
        String contactId = ContactFixtures.create(email);
        String orderId = "ERP-" + UUID.randomUUID();
        EventCodec codec = new EventCodec();
        EventEnvelope placed = codec.envelope(OrderPlaced.TYPE, new OrderPlaced(orderId, null, email.toUpperCase(),
                new BigDecimal("12.50"), "DKK", Instant.parse("2026-11-20T09:00:00Z")), "/shop/checkout", Instant.now());
        String value = codec.write(placed);

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACTIVITY, orderId, value),
                    new ProducerRecord<>(Topics.ACTIVITY, orderId, value)).awaitCompletion();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                reader().when().get("/api/v1/activities/orders/" + orderId).then().statusCode(200)
                        .body("contactId", equalTo(contactId))
                        .body("source", equalTo("KAFKA")));
        reader().queryParam("contactId", contactId).when().get("/api/v1/activities/orders").then().body("", hasSize(1));
    }

    @Test
    void anOrderForAnUnknownContactOrWithInvalidFieldsIsRefusedWithProblemJson() {
        writer().body(Map.of("orderId", "X-" + UUID.randomUUID(), "email", "nobody-" + UUID.randomUUID() + "@example.com",
                        "placedAt", "2026-11-23T11:58:00Z"))
                .when().post("/api/v1/activities/orders")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("email"));
        writer().body(Map.of("orderId", "", "currency", "euro", "amount", -1))
                .when().post("/api/v1/activities/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItems("orderId", "currency", "amount", "placedAt"));
    }
}
