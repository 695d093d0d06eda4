package io.rekindle.suppression.domain;

/** The rules an unbounce must pass, in the order they are checked; each names the status of its refusal. */
public enum UnbounceRule {
    /** The platform-wide list is not the account's to lift (B5). */
    GLOBAL_BOUNCE("global-bounce", 409),
    /** Complaints and unsubscribes are the person's choice; only they can undo it. */
    NOT_A_BOUNCE("not-a-bounce", 409),
    /** Unknown-address and mailbox-full bounces mark abandoned mailboxes (B5). */
    ABANDONED_MAILBOX_KIND("abandoned-mailbox-kind", 409),
    /** An address can be unbounced once, ever (B4). */
    ONCE_PER_ADDRESS("once-per-address", 409),
    /** Unbouncing needs a verified sending domain in the account settings (B4). */
    VERIFIED_SENDING_DOMAIN_REQUIRED("verified-sending-domain-required", 422),
    /** 2% of total contacts per calendar month, at least 10, at most 1,000 (B4). */
    MONTHLY_ALLOWANCE("monthly-allowance", 422);

    private final String apiName;
    private final int status;

    UnbounceRule(String apiName, int status) {
        this.apiName = apiName;
        this.status = status;
    }

    public String apiName() {
        return apiName;
    }

    public int status() {
        return status;
    }
}
