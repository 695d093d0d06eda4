package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the append-only consent ledger: who or what changed a subscription status, when, on
 * which legal basis and with which evidence (form and notice text shown, IP, user agent, import id).
 */
@Entity
@Immutable
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "subscription_type_id")
    public UUID subscriptionTypeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    public SubscriptionStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false)
    public SubscriptionStatus newStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    public ConsentSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    @Column(name = "double_opt_in", nullable = false)
    public boolean doubleOptIn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence", nullable = false, columnDefinition = "jsonb")
    public Map<String, String> evidence = new LinkedHashMap<>();

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
