package io.rekindle.contact.domain;

/** What changed a subscription status; recorded in the consent ledger. */
public enum ConsentSource {
    /** A user of the API (a front-end, an integration), with the evidence it supplied. */
    API,
    /** A contact submitting a form, confirmed by email (double opt-in). */
    FORM,
    /** A CSV import that declared its consent source. */
    IMPORT,
    /** A contact clicking the confirm link of a permission-pass email: re-confirms an existing opt-in. */
    PERMISSION_PASS,
    /** RFC 8058 one-click unsubscribe. */
    ONE_CLICK_UNSUBSCRIBE,
    /** An automated workflow, e.g. a re-engagement program removing non-confirmers (R9). */
    WORKFLOW,
    /** A spam complaint (feedback loop). */
    COMPLAINT;

    /** Whether this source may make a contact SUBSCRIBED (R1: an opt-in needs a provable origin). */
    public boolean canOptIn() {
        return this == API || this == FORM || this == IMPORT || this == PERMISSION_PASS;
    }
}
