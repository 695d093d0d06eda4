package io.rekindle.platform.security;

/**
 * The roles a bearer token carries in its {@code groups} claim. Writing implies nothing about reading:
 * a token for a front-end usually carries both {@code marketing-read} and {@code marketing-write}.
 */
public final class Roles {

    /** Read contacts, segments, campaigns, reports. */
    public static final String MARKETING_READ = "marketing-read";
    /** Change contacts, segments, campaigns; start sends. */
    public static final String MARKETING_WRITE = "marketing-write";
    /** Account settings, sending domains, unbouncing: what HubSpot calls the email permission. */
    public static final String EMAIL_ADMIN = "email-admin";

    private Roles() {
    }
}
