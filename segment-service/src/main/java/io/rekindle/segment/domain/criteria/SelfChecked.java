package io.rekindle.segment.domain.criteria;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A filter whose fields depend on each other (a date for "before", a period for "more than ... ago")
 * checks itself; each problem is reported on the field it concerns, so the path names that field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SelfChecked.Validator.class)
public @interface SelfChecked {

    String message() default "is not valid here";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A filter that can name its own field problems. */
    interface Checkable {
        /** Field name to message, empty when the filter is consistent. */
        Map<String, String> fieldProblems();
    }

    /** Reports every problem {@link Checkable#fieldProblems()} names. */
    class Validator implements ConstraintValidator<SelfChecked, Checkable> {
        @Override
        public boolean isValid(Checkable filter, ConstraintValidatorContext context) {
            if (filter == null) {
                return true;
            }
            Map<String, String> problems = filter.fieldProblems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach((field, message) -> context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field).addConstraintViolation());
            return false;
        }
    }
}
