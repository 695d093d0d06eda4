package io.rekindle.segment.domain.criteria;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One node of a segment definition: a group ({@code and}, {@code or}, {@code not}) or a filter.
 * Written as JSON with a {@code type} discriminator, e.g.
 * {@code {"type":"and","criteria":[{"type":"property","property":"email","operator":"endsWith","value":"@example.com"}]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.And.class, name = "and"),
        @JsonSubTypes.Type(value = Criterion.Or.class, name = "or"),
        @JsonSubTypes.Type(value = Criterion.Not.class, name = "not"),
        @JsonSubTypes.Type(value = PropertyFilter.class, name = "property")})
@Schema(name = "Criterion", oneOf = {Criterion.And.class, Criterion.Or.class, Criterion.Not.class, PropertyFilter.class},
        description = "A group of criteria or a filter, told apart by `type`")
public sealed interface Criterion permits Criterion.And, Criterion.Or, Criterion.Not, PropertyFilter {

    <R> R accept(CriterionVisitor<R> visitor);

    /** Every criterion holds; an empty {@code and} matches every contact. */
    @Schema(name = "AndCriterion")
    record And(@NotNull List<@Valid Criterion> criteria)
            implements Criterion {
        @Override
        public <R> R accept(CriterionVisitor<R> visitor) {
            return visitor.and(this);
        }
    }

    /** At least one criterion holds; an empty {@code or} matches no contact. */
    @Schema(name = "OrCriterion")
    record Or(@NotNull List<@Valid Criterion> criteria)
            implements Criterion {
        @Override
        public <R> R accept(CriterionVisitor<R> visitor) {
            return visitor.or(this);
        }
    }

    /** The criterion does not hold. */
    @Schema(name = "NotCriterion")
    record Not(@Valid @NotNull Criterion criterion) implements Criterion {
        @Override
        public <R> R accept(CriterionVisitor<R> visitor) {
            return visitor.not(this);
        }
    }
}
