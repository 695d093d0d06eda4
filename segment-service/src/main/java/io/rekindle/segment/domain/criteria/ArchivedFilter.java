package io.rekindle.segment.domain.criteria;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the contact is archived (left every audience, M6) or not. */
@Schema(name = "ArchivedFilter", example = "{\"type\": \"archived\", \"archived\": false}")
public record ArchivedFilter(@NotNull @Schema(example = "false") Boolean archived) implements Criterion {

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.archived(this);
    }
}
