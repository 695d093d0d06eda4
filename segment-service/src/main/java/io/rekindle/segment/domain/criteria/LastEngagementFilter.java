package io.rekindle.segment.domain.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The date of the contact's last email open, email click or SMS click: more or less than a period
 * ago, known or unknown (R5: "last marketing email open date more than 52 weeks ago" or "unknown").
 */
@Schema(name = "LastEngagementFilter", example = "{\"type\": \"lastEngagement\", \"activity\": \"emailOpened\","
        + " \"operator\": \"moreThanAgo\", \"period\": {\"amount\": 52, \"unit\": \"weeks\"}, \"excludeMachineOpens\": true}")
@SelfChecked
public record LastEngagementFilter(
        @NotNull @Schema(example = "emailOpened") Activity activity,
        @NotNull @Schema(example = "moreThanAgo") Operator operator,
        @Valid @Schema(description = "Required by moreThanAgo and lessThanAgo") Period period,
        @Schema(description = "Only with emailOpened: ignore privacy-proxy opens", defaultValue = "false")
        Boolean excludeMachineOpens) implements Criterion, SelfChecked.Checkable {

    /** Which last-engagement date. */
    @Schema(name = "LastEngagementActivity")
    public enum Activity { emailOpened, emailClicked, smsClicked }

    /** How the date is compared; {@code moreThanAgo} does not match an unknown date. */
    @Schema(name = "LastEngagementOperator")
    public enum Operator { moreThanAgo, lessThanAgo, known, unknown }

    @Override
    public Map<String, String> fieldProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if ((operator == Operator.moreThanAgo || operator == Operator.lessThanAgo) && period == null) {
            problems.put("period", "is required by this operator");
        }
        return problems;
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.lastEngagement(this);
    }
}
