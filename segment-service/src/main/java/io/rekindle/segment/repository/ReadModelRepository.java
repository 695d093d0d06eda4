package io.rekindle.segment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/**
 * Writes the subscription, order and engagement read model with upserts that commute: each column
 * keeps the earliest or latest value it has seen, so events applied in any order give the same rows.
 */
@ApplicationScoped
public class ReadModelRepository {

    /** Which timestamp of a send an event fills in. */
    public enum SendColumn {
        SENT("sent_at"),
        DELIVERED("delivered_at"),
        BOUNCED("bounced_at"),
        CONFIRMED("confirmed_at");

        final String column;

        SendColumn(String column) {
            this.column = column;
        }
    }

    /** The per-contact latest-engagement dates. */
    public enum LatestColumn {
        EMAIL_RECEIVED("last_email_received_at"),
        EMAIL_OPEN("last_email_open_at"),
        EMAIL_HUMAN_OPEN("last_email_human_open_at"),
        EMAIL_CLICK("last_email_click_at"),
        SMS_RECEIVED("last_sms_received_at"),
        SMS_CLICK("last_sms_click_at");

        final String column;

        LatestColumn(String column) {
            this.column = column;
        }
    }

    private final EntityManager entityManager;

    ReadModelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies a status change unless a newer change of the same subscription is already held. */
    public void applySubscription(UUID contactId, UUID typeId, String channel, String status, boolean doubleOptIn,
            Instant changedAt) {
        mutation("""
                insert into contact_subscription (contact_id, subscription_type_id, channel, status,
                    double_opt_in_confirmed, subscribed_at, changed_at)
                values (:contact, :type, :channel, :status, :doi,
                    case when :status = 'SUBSCRIBED' then cast(:changedAt as timestamptz) end, :changedAt)
                on conflict (contact_id, subscription_type_id, channel) do update set
                    double_opt_in_confirmed = contact_subscription.double_opt_in_confirmed or excluded.double_opt_in_confirmed,
                    status = case when excluded.changed_at >= contact_subscription.changed_at
                        then excluded.status else contact_subscription.status end,
                    subscribed_at = case
                        when excluded.changed_at < contact_subscription.changed_at then contact_subscription.subscribed_at
                        when excluded.status <> 'SUBSCRIBED' then null
                        when contact_subscription.status = 'SUBSCRIBED' then contact_subscription.subscribed_at
                        else excluded.subscribed_at end,
                    changed_at = greatest(contact_subscription.changed_at, excluded.changed_at)
                """)
                .setParameter("contact", contactId, UUID.class)
                .setParameter("type", typeId, UUID.class)
                .setParameter("channel", channel, String.class)
                .setParameter("status", status, String.class)
                .setParameter("doi", doubleOptIn, Boolean.class)
                .setParameter("changedAt", changedAt, Instant.class)
                .executeUpdate();
    }

    public void recordOrder(UUID contactId, String orderId, BigDecimal amount, String currency, Instant placedAt) {
        mutation("""
                insert into contact_order (order_id, contact_id, amount, currency, placed_at)
                values (:order, :contact, :amount, :currency, :placedAt)
                on conflict (order_id) do nothing
                """)
                .setParameter("order", orderId, String.class)
                .setParameter("contact", contactId, UUID.class)
                .setParameter("amount", amount, BigDecimal.class)
                .setParameter("currency", currency, String.class)
                .setParameter("placedAt", placedAt, Instant.class)
                .executeUpdate();
    }

    /** Creates the send row if this is its first event, then keeps the earliest value of {@code column}. */
    public void sendEvent(UUID sendId, UUID campaignId, UUID contactId, String channel, SendColumn column, Instant at) {
        ensureSend(sendId, campaignId, contactId, channel);
        mutation("update message_send set " + column.column + " = least(" + column.column + ", :at) where send_id = :send")
                .setParameter("at", at, Instant.class)
                .setParameter("send", sendId, UUID.class)
                .executeUpdate();
    }

    public void sendDetails(UUID sendId, String campaignKind, UUID subscriptionTypeId) {
        mutation("""
                update message_send set campaign_kind = coalesce(:kind, campaign_kind),
                    subscription_type_id = coalesce(:type, subscription_type_id) where send_id = :send
                """)
                .setParameter("kind", campaignKind, String.class)
                .setParameter("type", subscriptionTypeId, UUID.class)
                .setParameter("send", sendId, UUID.class)
                .executeUpdate();
    }

    public void bounceDetails(UUID sendId, String severity, String reason) {
        mutation("""
                update message_send set bounce_severity = coalesce(bounce_severity, :severity),
                    bounce_reason = coalesce(bounce_reason, :reason) where send_id = :send
                """)
                .setParameter("severity", severity, String.class)
                .setParameter("reason", reason == null || reason.length() <= 100 ? reason : reason.substring(0, 100),
                        String.class)
                .setParameter("send", sendId, UUID.class)
                .executeUpdate();
    }

    /** An open; a machine open (privacy proxy) does not move the human-open columns. */
    public void opened(UUID sendId, UUID campaignId, UUID contactId, boolean machine, Instant at) {
        ensureSend(sendId, campaignId, contactId, "EMAIL");
        String human = machine ? "" : ", first_human_open_at = least(first_human_open_at, :at),"
                + " last_human_open_at = greatest(last_human_open_at, :at)";
        mutation("update message_send set first_open_at = least(first_open_at, :at),"
                + " last_open_at = greatest(last_open_at, :at)" + human + " where send_id = :send")
                .setParameter("at", at, Instant.class)
                .setParameter("send", sendId, UUID.class)
                .executeUpdate();
    }

    public void clicked(UUID sendId, UUID campaignId, UUID contactId, String channel, String linkId, Instant at) {
        ensureSend(sendId, campaignId, contactId, channel);
        mutation("update message_send set first_click_at = least(first_click_at, :at),"
                + " last_click_at = greatest(last_click_at, :at) where send_id = :send")
                .setParameter("at", at, Instant.class)
                .setParameter("send", sendId, UUID.class)
                .executeUpdate();
        if (linkId != null) {
            mutation("""
                    insert into message_click (send_id, link_id, first_clicked_at, last_clicked_at)
                    values (:send, :link, :at, :at)
                    on conflict (send_id, link_id) do update set
                        first_clicked_at = least(message_click.first_clicked_at, excluded.first_clicked_at),
                        last_clicked_at = greatest(message_click.last_clicked_at, excluded.last_clicked_at)
                    """)
                    .setParameter("send", sendId, UUID.class)
                    .setParameter("link", linkId, String.class)
                    .setParameter("at", at, Instant.class)
                    .executeUpdate();
        }
    }

    /** Moves one of the contact's latest-engagement dates forward (never back: events may arrive late). */
    public void latestEngagement(UUID contactId, LatestColumn latest, Instant at) {
        String column = latest.column;
        mutation("insert into contact_engagement (contact_id, " + column + ") values (:contact, :at)"
                + " on conflict (contact_id) do update set " + column + " = greatest(contact_engagement." + column
                + ", excluded." + column + ")")
                .setParameter("contact", contactId, UUID.class)
                .setParameter("at", at, Instant.class)
                .executeUpdate();
    }

    private void ensureSend(UUID sendId, UUID campaignId, UUID contactId, String channel) {
        mutation("""
                insert into message_send (send_id, contact_id, campaign_id, channel)
                values (:send, :contact, :campaign, :channel) on conflict (send_id) do nothing
                """)
                .setParameter("send", sendId, UUID.class)
                .setParameter("contact", contactId, UUID.class)
                .setParameter("campaign", campaignId, UUID.class)
                .setParameter("channel", channel, String.class)
                .executeUpdate();
    }

    private MutationQuery mutation(String sql) {
        return entityManager.unwrap(Session.class).createNativeMutationQuery(sql);
    }
}
