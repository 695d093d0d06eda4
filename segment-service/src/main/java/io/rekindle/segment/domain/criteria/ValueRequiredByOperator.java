package io.rekindle.segment.domain.criteria;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A filter whose operator compares with a value must carry one; reported on the {@code value} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValueRequiredByOperator.Validator.class)
public @interface ValueRequiredByOperator {

    String message() default "is required by this operator";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PropertyFilter#value()} against {@link PropertyFilter#needsValue()}. */
    class Validator implements ConstraintValidator<ValueRequiredByOperator, PropertyFilter> {
        @Override
        public boolean isValid(PropertyFilter filter, ConstraintValidatorContext context) {
            if (filter == null || filter.operator() == null || !filter.needsValue()
                    || (filter.value() != null && !filter.value().isEmpty())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("value").addConstraintViolation();
            return false;
        }
    }
}
