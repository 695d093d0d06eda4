package io.rekindle.contact.domain.imports;

/** What an import (or one batch of it) did, row by row; a row counts once in created/updated/.../failed. */
public final class ImportCounts {

    public long rowsProcessed;
    public long created;
    public long updated;
    public long subscribed;
    public long unsubscribed;
    public long archived;
    public long skipped;
    public long failed;

    public void add(ImportCounts other) {
        rowsProcessed += other.rowsProcessed;
        created += other.created;
        updated += other.updated;
        subscribed += other.subscribed;
        unsubscribed += other.unsubscribed;
        archived += other.archived;
        skipped += other.skipped;
        failed += other.failed;
    }
}
