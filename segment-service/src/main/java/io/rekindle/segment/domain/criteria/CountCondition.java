package io.rekindle.segment.domain.criteria;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many times something happened, compared with a number: "at least 5", "exactly 0". */
@Schema(name = "CountCondition", example = "{\"operator\": \"atLeast\", \"value\": 5}")
public record CountCondition(
        @NotNull @Schema(example = "atLeast") Comparison operator,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(example = "5") Integer value) {

    /** "At least once", what a filter without a count means. */
    public static final CountCondition AT_LEAST_ONCE = new CountCondition(Comparison.atLeast, 1);

    /** The comparisons a count supports. */
    @Schema(name = "CountComparison")
    public enum Comparison {
        atLeast(">="), atMost("<="), exactly("="), moreThan(">"), lessThan("<");

        final String sql;

        Comparison(String sql) {
            this.sql = sql;
        }
    }
}
