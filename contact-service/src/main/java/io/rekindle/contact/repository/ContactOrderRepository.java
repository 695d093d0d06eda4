package io.rekindle.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rekindle.contact.domain.ContactOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** Recorded orders. */
@ApplicationScoped
public class ContactOrderRepository implements PanacheRepositoryBase<ContactOrder, String> {

    /** Inserts unless the order id is known (a retry or a redelivery); true when this call recorded it. */
    public boolean insertIfAbsent(ContactOrder order) {
        return getEntityManager().createNativeQuery("""
                insert into contact_order (order_id, contact_id, amount, currency, placed_at, source, recorded_at)
                values (:orderId, :contactId, :amount, :currency, :placedAt, :source, :recordedAt)
                on conflict (order_id) do nothing""")
                .setParameter("orderId", order.orderId)
                .setParameter("contactId", order.contactId)
                .setParameter("amount", order.amount)
                .setParameter("currency", order.currency)
                .setParameter("placedAt", Timestamp.from(order.placedAt))
                .setParameter("source", order.source)
                .setParameter("recordedAt", Timestamp.from(order.recordedAt))
                .executeUpdate() == 1;
    }

    public List<ContactOrder> forContact(UUID contactId) {
        return list("contactId = ?1 order by placedAt, orderId", contactId);
    }
}
