package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person the account may email or text. The email address is normalised and unique. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @Column(name = "id")
    public UUID id;

    /** Null only after erasure. */
    @Column(name = "email", unique = true)
    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** E.164, for SMS. */
    @Column(name = "phone")
    public String phone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    /** Set when personal data was erased (GDPR); the row stays as an anonymous tombstone. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The sisimai reason of the hard bounce that suppressed this address (B3), from suppression-service. */
    @Column(name = "hard_bounce_reason")
    public String hardBounceReason;

    /** Since when suppression-service blocks sends to this address; null when it does not. */
    @Column(name = "suppressed_at")
    public Instant suppressedAt;

    /** Engagement summary from campaign-service's events; opens are human opens only. */
    @Column(name = "last_email_sent_at")
    public Instant lastEmailSentAt;

    @Column(name = "last_email_opened_at")
    public Instant lastEmailOpenedAt;

    @Column(name = "last_email_clicked_at")
    public Instant lastEmailClickedAt;

    @Column(name = "emails_received", nullable = false)
    public int emailsReceived;

    @Column(name = "last_sms_clicked_at")
    public Instant lastSmsClickedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public boolean isArchived() {
        return archivedAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
