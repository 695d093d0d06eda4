package io.rekindle.campaign.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscription statuses per contact, type and channel, kept by native SQL because the key is composite. */
@ApplicationScoped
public class ContactSubscriptionRepository {

    private final EntityManager entityManager;

    ContactSubscriptionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stores a status unless a later change is already stored: events of one contact arrive in order, but
     * a replay or a redelivery after a rebalance must not bring an old status back.
     */
    public void upsert(UUID contactId, UUID typeId, String channel, String status, Instant changedAt) {
        entityManager.createNativeQuery("""
                insert into contact_subscription (contact_id, subscription_type_id, channel, status, changed_at)
                values (:contact, :type, :channel, :status, :changedAt)
                on conflict (contact_id, subscription_type_id, channel) do update
                    set status = excluded.status, changed_at = excluded.changed_at
                    where contact_subscription.changed_at <= excluded.changed_at
                """)
                .setParameter("contact", contactId)
                .setParameter("type", typeId)
                .setParameter("channel", channel)
                .setParameter("status", status)
                .setParameter("changedAt", changedAt)
                .executeUpdate();
    }

    public Optional<String> status(UUID contactId, UUID typeId, String channel) {
        List<?> rows = entityManager.createNativeQuery("""
                select status from contact_subscription
                where contact_id = :contact and subscription_type_id = :type and channel = :channel
                """)
                .setParameter("contact", contactId)
                .setParameter("type", typeId)
                .setParameter("channel", channel)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    public void deleteForContact(UUID contactId) {
        entityManager.createNativeQuery("delete from contact_subscription where contact_id = :contact")
                .setParameter("contact", contactId)
                .executeUpdate();
    }
}
