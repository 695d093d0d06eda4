package io.rekindle.suppression.domain.bounce;

/** What the suppression service does with a recipient after classification. */
public enum SuppressionAction {
    /** Stop mailing the address now: hard bounce, complaint or unsubscribe. */
    SUPPRESS("suppress"),
    /** Recipient-side temporary trouble; suppress only after repeated soft bounces within a window. */
    COUNT_SOFT_BOUNCE("count-soft-bounce"),
    /** Nothing to hold against the recipient (auto reply, or a block caused by us as the sender). */
    IGNORE("ignore"),
    /** Evidence the mailbox works: reset the soft-bounce counter. */
    CLEAR_SOFT_BOUNCES("clear-soft-bounces");

    private final String cliName;

    SuppressionAction(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }
}
