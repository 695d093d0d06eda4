package io.rekindle.segment.domain.criteria;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many orders the contact placed, within a period or over all time (K3, M5); without count, at least once. */
@Schema(name = "OrderFilter", example = "{\"type\": \"placedOrder\", \"count\": {\"operator\": \"exactly\", \"value\": 0}}")
public record OrderFilter(
        @Valid @Schema(description = "Absent = at least once") CountCondition count,
        @Valid @Schema(description = "Absent = over all time") Period within) implements Criterion {

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.placedOrder(this);
    }
}
