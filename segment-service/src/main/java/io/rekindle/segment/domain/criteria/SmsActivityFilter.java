package io.rekindle.segment.domain.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many SMS the contact received or clicked (K2, M4), of one campaign or any, within a period or over all time. */
@Schema(name = "SmsActivityFilter", example = "{\"type\": \"smsActivity\", \"activity\": \"clicked\","
        + " \"count\": {\"operator\": \"exactly\", \"value\": 0}, \"within\": {\"amount\": 3, \"unit\": \"months\"}}")
@SelfChecked
public record SmsActivityFilter(
        @NotNull @Schema(example = "clicked") Activity activity,
        @Schema(description = "Absent = any campaign") UUID campaignId,
        @Size(max = 200) @Schema(description = "Only with clicked: the link followed") String linkId,
        @Valid @Schema(description = "Absent = at least once") CountCondition count,
        @Valid @Schema(description = "Absent = over all time") Period within) implements Criterion, SelfChecked.Checkable {

    /** What happened to an SMS. */
    @Schema(name = "SmsActivity")
    public enum Activity { received, clicked }

    @Override
    public Map<String, String> fieldProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (linkId != null && activity != Activity.clicked) {
            problems.put("linkId", "is only allowed with the clicked activity");
        }
        return problems;
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.smsActivity(this);
    }
}
