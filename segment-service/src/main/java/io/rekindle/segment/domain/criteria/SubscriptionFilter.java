package io.rekindle.segment.domain.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Subscribed on a channel: to one subscription type, or to any (which is "can receive email / SMS
 * marketing", K2); optionally for longer than a period ("subscribed more than 60 days ago", K3).
 */
@Schema(name = "SubscriptionFilter", example = "{\"type\": \"subscribed\", \"channel\": \"EMAIL\","
        + " \"subscribedMoreThan\": {\"amount\": 60, \"unit\": \"days\"}}")
public record SubscriptionFilter(
        @NotNull @Schema(example = "EMAIL") Channel channel,
        @Schema(description = "A subscription type; absent = any type on the channel",
                example = "00000000-0000-4000-8000-000000000001") UUID subscriptionTypeId,
        @Valid @Schema(description = "Subscribed without interruption since longer ago than this") Period subscribedMoreThan)
        implements Criterion {

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.subscribed(this);
    }
}
