package io.rekindle.contact.domain.imports;

/** Progress of an import. */
public enum ImportStatus { QUEUED, RUNNING, COMPLETED, FAILED }
