package io.rekindle.campaign.domain.template;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tags a template may use: a closed list, so a typo is caught when the template is saved. */
public enum Placeholder {
    FIRST_NAME("first_name", false),
    LAST_NAME("last_name", false),
    EMAIL("email", false),
    CONFIRM_URL("confirm_url", true),
    UNSUBSCRIBE_URL("unsubscribe_url", true),
    PREFERENCES_URL("preferences_url", true);

    private final String tag;
    private final boolean link;

    Placeholder(String tag, boolean link) {
        this.tag = tag;
        this.link = link;
    }

    public String tag() {
        return tag;
    }

    /** A per-recipient signed link rather than a contact field. */
    public boolean isLink() {
        return link;
    }

    public static Optional<Placeholder> byTag(String tag) {
        return Arrays.stream(values()).filter(p -> p.tag.equals(tag)).findFirst();
    }

    static String knownTags() {
        return Arrays.stream(values()).map(Placeholder::tag).collect(Collectors.joining(", "));
    }
}
