package io.rekindle.campaign.domain.template;

import java.util.EnumMap;
import java.util.Map;

/** The values one recipient's message is rendered with; a missing or blank value renders the tag's fallback. */
public final class RenderValues {

    private final Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);

    public RenderValues with(Placeholder placeholder, String value) {
        if (value != null) {
            values.put(placeholder, value);
        }
        return this;
    }

    String get(Placeholder placeholder) {
        return values.get(placeholder);
    }
}
