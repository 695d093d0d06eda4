package io.rekindle.contact.domain.imports;

/** FAILED: the row was invalid or refused and changed nothing. SKIPPED: valid, but there was nothing to do. */
public enum ImportIssueOutcome { FAILED, SKIPPED }
