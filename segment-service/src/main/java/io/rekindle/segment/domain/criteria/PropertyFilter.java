package io.rekindle.segment.domain.criteria;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition on one contact property, e.g. email ends with {@code @example.com}, first name is known. */
@Schema(name = "PropertyFilter")
@ValueRequiredByOperator
public record PropertyFilter(
        @NotNull @Schema(example = "email") ContactProperty property,
        @NotNull @Schema(example = "endsWith") Operator operator,
        @Schema(example = "@example.com", description = "Required by every operator but isKnown and isUnknown")
        String value) implements Criterion {

    /** The contact properties a filter can name. */
    public enum ContactProperty { email, firstName, lastName, phone }

    /** Text comparisons are case-insensitive, as users of every peer product expect. */
    public enum Operator { equals, notEquals, contains, startsWith, endsWith, isKnown, isUnknown }

    /** True when the operator compares with a value (all but isKnown and isUnknown). */
    public boolean needsValue() {
        return operator != Operator.isKnown && operator != Operator.isUnknown;
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.property(this);
    }
}
