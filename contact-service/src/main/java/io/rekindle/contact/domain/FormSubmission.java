package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A form submission waiting for its double opt-in confirmation. It copies the notice text the contact
 * saw so that the consent record written on confirmation proves exactly what was agreed to.
 */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "form_id", nullable = false)
    public UUID formId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subscription_type_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> subscriptionTypeIds = new ArrayList<>();

    @Column(name = "notice_text", nullable = false, columnDefinition = "text")
    public String noticeText;

    @Column(name = "ip")
    public String ip;

    @Column(name = "user_agent")
    public String userAgent;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
