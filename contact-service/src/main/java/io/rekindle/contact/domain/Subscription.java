package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A contact's current status for one subscription type on one channel; its history is the ledger. */
@Entity
@Table(name = "subscription")
public class Subscription {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubscriptionStatus status;

    @Column(name = "double_opt_in_confirmed_at")
    public Instant doubleOptInConfirmedAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "last_consent_id", nullable = false)
    public UUID lastConsentId;

    /** Contact, subscription type and channel. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "contact_id")
        public UUID contactId;

        @Column(name = "subscription_type_id")
        public UUID subscriptionTypeId;

        @Enumerated(EnumType.STRING)
        @Column(name = "channel")
        public Channel channel;

        public Key() {
        }

        public Key(UUID contactId, UUID subscriptionTypeId, Channel channel) {
            this.contactId = contactId;
            this.subscriptionTypeId = subscriptionTypeId;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(contactId, key.contactId)
                    && Objects.equals(subscriptionTypeId, key.subscriptionTypeId) && channel == key.channel;
        }

        @Override
        public int hashCode() {
            return Objects.hash(contactId, subscriptionTypeId, channel);
        }
    }
}
