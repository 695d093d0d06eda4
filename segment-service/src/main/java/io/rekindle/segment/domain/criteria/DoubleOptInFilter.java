package io.rekindle.segment.domain.criteria;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Has (or has not) confirmed a subscription through double opt-in (R2), optionally on one channel or type. */
@Schema(name = "DoubleOptInFilter", example = "{\"type\": \"doubleOptIn\", \"confirmed\": false, \"channel\": \"EMAIL\"}")
public record DoubleOptInFilter(
        @NotNull @Schema(example = "false") Boolean confirmed,
        @Schema(description = "Absent = any channel", example = "EMAIL") Channel channel,
        @Schema(description = "Absent = any type") UUID subscriptionTypeId) implements Criterion {

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.doubleOptIn(this);
    }
}
