package io.rekindle.contact.domain.imports;

/** What an import does with each row (R9, K8, M6). */
public enum ImportMode {
    /** Create contacts or update their fields, optionally setting subscription statuses. */
    UPSERT,
    /** Unsubscribe the listed addresses; unknown addresses are skipped, never created. */
    OPT_OUT,
    /** Archive the listed addresses; unknown addresses are skipped. */
    ARCHIVE
}
