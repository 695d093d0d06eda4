package io.rekindle.suppression.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bounce message or webhook payload exactly as received, kept for audit under its SHA-256. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @Column(name = "id")
    public UUID id;

    /** upload, imap or webhook. */
    @Column(name = "channel", nullable = false)
    public String channel;

    @Column(name = "provider")
    public String provider;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "content_sha256", nullable = false, unique = true)
    public String contentSha256;

    // Lazy: listing history must not load megabytes of raw messages.
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    public byte[] content;

    @Column(name = "message_kind", nullable = false)
    public String messageKind;

    @Column(name = "send_id")
    public String sendId;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
