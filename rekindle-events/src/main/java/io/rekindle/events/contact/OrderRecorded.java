package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order a contact placed in an external system (a web shop) was recorded against the contact, once
 * per order id, so that segments can ask "placed an order at least once / zero times" (K3, M5).
 * {@code currency} is an ISO 4217 code; {@code source} is API or KAFKA (how the order arrived).
 */
public record OrderRecorded(
        UUID contactId,
        String orderId,
        BigDecimal amount,
        String currency,
        Instant placedAt,
        String source,
        Instant recordedAt) implements EventPayload {

    public static final EventType<OrderRecorded> TYPE =
            EventType.of("contact", "OrderRecorded", 1, OrderRecorded.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
