package io.rekindle.segment.domain.criteria;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Engagement with the contact's last N received messages on a channel (M3, M4): opened / clicked
 * {@code any} of them, {@code none} of them, or {@code all} of them. A contact who received no
 * message matches {@code none} and nothing else.
 */
@Schema(name = "LastMessagesFilter", example = "{\"type\": \"lastMessages\", \"channel\": \"EMAIL\","
        + " \"activity\": \"opened\", \"quantifier\": \"none\", \"last\": 5, \"excludeMachineOpens\": true}")
@SelfChecked
public record LastMessagesFilter(
        @NotNull @Schema(example = "EMAIL") Channel channel,
        @NotNull @Schema(example = "opened") Activity activity,
        @NotNull @Schema(example = "none") Quantifier quantifier,
        @NotNull @Positive @Max(100) @Schema(example = "5") Integer last,
        @Schema(defaultValue = "false") Boolean excludeMachineOpens) implements Criterion, SelfChecked.Checkable {

    /** The engagement looked for; SMS can only be clicked. */
    @Schema(name = "LastMessagesActivity")
    public enum Activity { opened, clicked }

    /** How many of the last N must show it. */
    @Schema(name = "LastMessagesQuantifier")
    public enum Quantifier { any, none, all }

    @Override
    public Map<String, String> fieldProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (channel == Channel.SMS && activity == Activity.opened) {
            problems.put("activity", "an SMS cannot be opened; use clicked");
        }
        return problems;
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.lastMessages(this);
    }
}
