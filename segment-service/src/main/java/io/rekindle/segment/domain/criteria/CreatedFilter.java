package io.rekindle.segment.domain.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When the contact was created: before or after a date, or more or less than a period ago. */
@Schema(name = "CreatedFilter", example = "{\"type\": \"created\", \"operator\": \"moreThanAgo\","
        + " \"period\": {\"amount\": 60, \"unit\": \"days\"}}")
@SelfChecked
public record CreatedFilter(
        @NotNull @Schema(example = "moreThanAgo") Operator operator,
        @Schema(description = "Required by before and after", example = "2026-01-01T00:00:00Z") Instant date,
        @Valid @Schema(description = "Required by moreThanAgo and lessThanAgo") Period period)
        implements Criterion, SelfChecked.Checkable {

    /** How the creation time is compared. */
    @Schema(name = "CreatedOperator")
    public enum Operator { before, after, moreThanAgo, lessThanAgo }

    @Override
    public Map<String, String> fieldProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (operator == Operator.before || operator == Operator.after) {
            if (date == null) {
                problems.put("date", "is required by this operator");
            }
        } else if (operator != null && period == null) {
            problems.put("period", "is required by this operator");
        }
        return problems;
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.created(this);
    }
}
