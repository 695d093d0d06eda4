package io.rekindle.contact.domain;

/** The GDPR Art. 6 basis recorded with a consent change; an opt-in requires CONSENT. */
public enum LegalBasis { CONSENT, LEGITIMATE_INTEREST, CONTRACT, NOT_APPLICABLE }
