package io.rekindle.campaign.repository;

import io.rekindle.campaign.domain.Audience;
import io.rekindle.campaign.domain.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The recipients of started campaigns, resolved and checked in the database in one statement. */
@ApplicationScoped
public class CampaignRecipientRepository {

    private final EntityManager entityManager;

    CampaignRecipientRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A recipient row joined with the contact copy (email is null once the contact is erased). */
    public record Row(UUID contactId, String email, String status, String notSentReason) {
    }

    /**
     * Resolves the audience once and records every contact in it, either QUEUED or NOT_SENT with the first
     * reason that applies. Done in SQL so that a large audience is never loaded into memory; the union
     * removes duplicates between the subscriber set and the listed contacts.
     */
    public int resolve(UUID campaignId, Audience audience, UUID subscriptionTypeId, Channel channel, Instant now) {
        String included = audience.includedContactIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        return entityManager.createNativeQuery("""
                insert into campaign_recipient (campaign_id, contact_id, status, not_sent_reason, resolved_at)
                select :campaign, candidate.id,
                       case when reason.value is null then 'QUEUED' else 'NOT_SENT' end,
                       reason.value,
                       :now
                from (
                    select cast(listed as uuid) as id from unnest(string_to_array(:included, ',')) as listed
                    union
                    select contact_id from contact_subscription
                    where :all and subscription_type_id = :type and channel = :channel and status = 'SUBSCRIBED'
                ) candidate
                left join contact_copy contact on contact.contact_id = candidate.id
                left join contact_subscription subscription on subscription.contact_id = candidate.id
                    and subscription.subscription_type_id = :type and subscription.channel = :channel
                cross join lateral (select case
                    when contact.contact_id is null then 'UNKNOWN_CONTACT'
                    when contact.archived_at is not null then 'ARCHIVED'
                    when subscription.status is distinct from 'SUBSCRIBED' then 'NOT_SUBSCRIBED'
                    end as value) reason
                on conflict (campaign_id, contact_id) do nothing
                """)
                .setParameter("campaign", campaignId)
                .setParameter("included", included)
                .setParameter("all", audience.allSubscribers())
                .setParameter("type", subscriptionTypeId)
                .setParameter("channel", channel.name())
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Counts per status and reason: {@code [status, reason, count]}. */
    public List<Object[]> counts(UUID campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select status, not_sent_reason, count(*) from campaign_recipient
                where campaign_id = :campaign group by status, not_sent_reason
                """).setParameter("campaign", campaignId).getResultList();
        return rows;
    }

    /** One page of recipients in contact id order, optionally of one status. */
    public List<Row> page(UUID campaignId, String status, int page, int size) {
        var query = entityManager.createNativeQuery("""
                select r.contact_id, c.email, r.status, r.not_sent_reason
                from campaign_recipient r left join contact_copy c on c.contact_id = r.contact_id
                where r.campaign_id = :campaign %s
                order by r.contact_id
                limit :size offset :offset
                """.formatted(status == null ? "" : "and r.status = :status"));
        if (status != null) {
            query.setParameter("status", status);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query
                .setParameter("campaign", campaignId)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** A recipient waiting for dispatch. */
    public record Queued(UUID campaignId, UUID contactId) {
    }

    /** A sent message, found by its send id. */
    public record Sent(UUID campaignId, UUID contactId, Instant sentAt, Instant openedAt, Instant confirmedAt,
            Instant unsubscribedAt) {
    }

    /**
     * The next queued recipients of started campaigns, locked; SKIP LOCKED lets several instances dispatch
     * side by side without taking the same recipient twice.
     */
    public List<Queued> lockNextQueued(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.campaign_id, r.contact_id from campaign_recipient r
                join campaign c on c.id = r.campaign_id and c.status = 'STARTED'
                where r.status = 'QUEUED'
                order by r.campaign_id, r.contact_id
                limit :limit
                for update of r skip locked
                """).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Queued((UUID) r[0], (UUID) r[1])).toList();
    }

    public void markSent(Queued recipient, UUID sendId, Instant sentAt) {
        entityManager.createNativeQuery("""
                update campaign_recipient set status = 'SENT', send_id = :send, sent_at = :at
                where campaign_id = :campaign and contact_id = :contact
                """)
                .setParameter("send", sendId).setParameter("at", sentAt)
                .setParameter("campaign", recipient.campaignId()).setParameter("contact", recipient.contactId())
                .executeUpdate();
    }

    public void markFailed(Queued recipient, String failure) {
        entityManager.createNativeQuery("""
                update campaign_recipient set status = 'FAILED', failure = :failure
                where campaign_id = :campaign and contact_id = :contact
                """)
                .setParameter("failure", failure.length() > 500 ? failure.substring(0, 500) : failure)
                .setParameter("campaign", recipient.campaignId()).setParameter("contact", recipient.contactId())
                .executeUpdate();
    }

    public void markNotSent(Queued recipient, String reason) {
        entityManager.createNativeQuery("""
                update campaign_recipient set status = 'NOT_SENT', not_sent_reason = :reason
                where campaign_id = :campaign and contact_id = :contact
                """)
                .setParameter("reason", reason)
                .setParameter("campaign", recipient.campaignId()).setParameter("contact", recipient.contactId())
                .executeUpdate();
    }

    /** The send, locked so that two concurrent clicks record a first confirmation or unsubscription once. */
    public Optional<Sent> lockBySendId(UUID sendId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select campaign_id, contact_id, sent_at, opened_at, confirmed_at, unsubscribed_at
                from campaign_recipient where send_id = :send for update
                """).setParameter("send", sendId).getResultList();
        return rows.stream().findFirst().map(r -> new Sent((UUID) r[0], (UUID) r[1], instant(r[2]), instant(r[3]),
                instant(r[4]), instant(r[5])));
    }

    /** Records an interaction time ({@code opened_at}, {@code confirmed_at}, {@code unsubscribed_at}) once. */
    public void markFirst(UUID sendId, String column, Instant at) {
        if (!List.of("opened_at", "confirmed_at", "unsubscribed_at").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        entityManager.createNativeQuery("update campaign_recipient set " + column + " = :at where send_id = :send and "
                + column + " is null").setParameter("at", at).setParameter("send", sendId).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
