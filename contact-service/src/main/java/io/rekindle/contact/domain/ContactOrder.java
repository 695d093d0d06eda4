package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order a contact placed in an external shop, recorded once per order id (K3, M5). */
@Entity
@Table(name = "contact_order")
public class ContactOrder {

    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "amount")
    public BigDecimal amount;

    @Column(name = "currency")
    public String currency;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    /** API or KAFKA. */
    @Column(name = "source", nullable = false)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
