package io.rekindle.suppression.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An address on the suppression list: nothing is sent to it. */
@Entity
@Table(name = "suppression")
public class Suppression {

    @Id
    @Column(name = "address")
    public String address;

    /** {@link SuppressionCategory#apiName()}. */
    @Column(name = "category", nullable = false)
    public String category;

    @Column(name = "reason")
    public String reason;

    @Column(name = "severity", nullable = false)
    public String severity;

    @Column(name = "global", nullable = false)
    public boolean global;

    @Column(name = "note", columnDefinition = "text")
    public String note;

    @Column(name = "send_id")
    public String sendId;

    @Column(name = "evidence_id")
    public UUID evidenceId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "suppressed_at", nullable = false)
    public Instant suppressedAt;

    public SuppressionCategory categoryEnum() {
        return SuppressionCategory.fromApiName(category).orElse(SuppressionCategory.MANUAL);
    }
}
