package io.rekindle.segment.domain.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many emails the contact received, opened, clicked, had bounce or confirmed (permission pass),
 * of one campaign or any, within a period or over all time. Counts messages, not events: two opens
 * of one email are one opened email. Without {@code count} it means "at least once".
 */
@Schema(name = "EmailActivityFilter", example = "{\"type\": \"emailActivity\", \"activity\": \"opened\","
        + " \"count\": {\"operator\": \"exactly\", \"value\": 0}, \"within\": {\"amount\": 120, \"unit\": \"days\"},"
        + " \"excludeMachineOpens\": true}")
@SelfChecked
public record EmailActivityFilter(
        @NotNull @Schema(example = "opened") Activity activity,
        @Schema(description = "Absent = any campaign") UUID campaignId,
        @Size(max = 200) @Schema(description = "Only with clicked: the link followed") String linkId,
        @Valid @Schema(description = "Absent = at least once") CountCondition count,
        @Valid @Schema(description = "Absent = over all time") Period within,
        @Schema(description = "Ignore opens by privacy proxies (Apple Mail Privacy Protection)", defaultValue = "false")
        Boolean excludeMachineOpens) implements Criterion, SelfChecked.Checkable {

    /** What happened to an email. */
    @Schema(name = "EmailActivity")
    public enum Activity { received, opened, clicked, bounced, confirmed }

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
        return visitor.emailActivity(this);
    }
}
