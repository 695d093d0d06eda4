package io.rekindle.contact.domain.imports;

/** Where the addresses of an imported list come from; purchased, rented and third-party lists are refused (B6). */
public enum ListOrigin {
    OWN_FORMS,
    OWN_WEBSITE,
    CUSTOMER_ACCOUNTS,
    IN_STORE,
    EVENTS,
    PURCHASED,
    RENTED,
    THIRD_PARTY;

    /** Whether the account collected these addresses itself, so their owners can have consented to it. */
    public boolean isOwnCollection() {
        return this != PURCHASED && this != RENTED && this != THIRD_PARTY;
    }
}
