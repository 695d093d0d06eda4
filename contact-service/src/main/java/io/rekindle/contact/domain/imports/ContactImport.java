package io.rekindle.contact.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One CSV import: its options, its progress (a checkpoint after every committed batch) and its counts. */
@Entity
@Table(name = "contact_import")
public class ContactImport {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    /** SHA-256 of the options and the file. */
    @Column(name = "fingerprint", nullable = false)
    public String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    public ImportMode mode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "options", nullable = false, columnDefinition = "jsonb")
    public Map<String, String> options = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ImportStatus status;

    @Column(name = "file_name")
    public String fileName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ignored_columns", nullable = false, columnDefinition = "text[]")
    public List<String> ignoredColumns = new ArrayList<>();

    @Column(name = "rows_processed", nullable = false)
    public long rowsProcessed;

    @Column(name = "created_count", nullable = false)
    public long created;

    @Column(name = "updated_count", nullable = false)
    public long updated;

    @Column(name = "subscribed_count", nullable = false)
    public long subscribed;

    @Column(name = "unsubscribed_count", nullable = false)
    public long unsubscribed;

    @Column(name = "archived_count", nullable = false)
    public long archived;

    @Column(name = "skipped_count", nullable = false)
    public long skipped;

    @Column(name = "failed_count", nullable = false)
    public long failed;

    @Column(name = "failure")
    public String failure;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public void add(ImportCounts counts) {
        rowsProcessed += counts.rowsProcessed;
        created += counts.created;
        updated += counts.updated;
        subscribed += counts.subscribed;
        unsubscribed += counts.unsubscribed;
        archived += counts.archived;
        skipped += counts.skipped;
        failed += counts.failed;
    }
}
