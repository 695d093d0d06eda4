package io.rekindle.suppression.domain;

import java.util.Arrays;
import java.util.Optional;

/** Why an address is on the suppression list, as the API and the events name it. */
public enum SuppressionCategory {
    /** The address cannot exist (unknown user or domain, moved). */
    HARD_BOUNCE("hard-bounce"),
    /** Repeated recipient-side temporary failures within the soft-bounce window. */
    SOFT_BOUNCE("soft-bounce"),
    /** The recipient reported our email as spam. */
    COMPLAINT("complaint"),
    /** The recipient unsubscribed at the ESP (its own unsubscribe link or list-unsubscribe). */
    UNSUBSCRIBE("unsubscribe"),
    /** The ESP refused to send because its own suppression list holds the address. */
    PROVIDER_SUPPRESSED("provider-suppressed"),
    /** Added by a user or an operator with a note. */
    MANUAL("manual");

    private final String apiName;

    SuppressionCategory(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<SuppressionCategory> fromApiName(String name) {
        return Arrays.stream(values()).filter(c -> c.apiName.equals(name)).findFirst();
    }

    /** Bounces, and manual entries, are what an unbounce may lift; a complaint or unsubscribe is the person's choice. */
    public boolean isBounceLike() {
        return this == HARD_BOUNCE || this == SOFT_BOUNCE || this == PROVIDER_SUPPRESSED || this == MANUAL;
    }
}
