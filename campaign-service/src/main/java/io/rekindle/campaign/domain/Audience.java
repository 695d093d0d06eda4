package io.rekindle.campaign.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.UUID;

/**
 * Who a campaign is for: every contact subscribed to its type on its channel, and/or listed contacts.
 * Stored as JSON so that segment-based inclusions and exclusions can be added as new fields.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Audience(boolean allSubscribers, List<UUID> includedContactIds) {

    public Audience {
        includedContactIds = includedContactIds == null ? List.of() : List.copyOf(includedContactIds);
    }

    public boolean selectsNobody() {
        return !allSubscribers && includedContactIds.isEmpty();
    }
}
