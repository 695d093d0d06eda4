package io.rekindle.suppression.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recipient verdict from one piece of evidence: an entry of an address's bounce history. */
@Entity
@Table(name = "bounce_event")
public class BounceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;

    /** Null when the reporter redacted the recipient (common in complaint feedback loops). */
    @Column(name = "address")
    public String address;

    @Column(name = "category", nullable = false)
    public String category;

    @Column(name = "reason")
    public String reason;

    @Column(name = "severity", nullable = false)
    public String severity;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "enhanced_status")
    public String enhancedStatus;

    @Column(name = "reply_code")
    public String replyCode;

    @Column(name = "diagnostic", columnDefinition = "text")
    public String diagnostic;

    @Column(name = "remote_mta")
    public String remoteMta;

    @Column(name = "source", nullable = false)
    public String source;

    @Column(name = "send_id")
    public String sendId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
