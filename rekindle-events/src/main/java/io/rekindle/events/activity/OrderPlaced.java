package io.rekindle.events.activity;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was placed in an external system (a web shop, an ERP), published by that system on the
 * activity topic for contact-service to record. Names the contact by {@code contactId} or, when the
 * shop does not know Rekindle's id, by {@code email}; {@code currency} is an ISO 4217 code.
 */
public record OrderPlaced(
        String orderId,
        UUID contactId,
        String email,
        BigDecimal amount,
        String currency,
        Instant placedAt) implements EventPayload {

    public static final EventType<OrderPlaced> TYPE =
            EventType.of("activity", "OrderPlaced", 1, OrderPlaced.class, Topics.ACTIVITY);

    /** The order id: one order's redeliveries share a partition. */
    @Override
    public String aggregateId() {
        return orderId;
    }
}
