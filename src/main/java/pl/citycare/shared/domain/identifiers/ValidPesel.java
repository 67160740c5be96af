package pl.citycare.shared.domain.identifiers;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Poprawny PESEL: the annotated {@code String} must be a valid {@link Pesel}, including a real birth date.
 * <p>
 * Delegates to {@link Pesel#isValid(String)}, so a form and the domain agree on what is valid.
 * {@code null} passes: combine with {@code @NotNull} when the number is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Constraint(validatedBy = ValidPesel.Validator.class)
public @interface ValidPesel {

    String message() default "{" + Pesel.MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@code String}; instantiated by the Bean Validation provider. */
    class Validator implements ConstraintValidator<ValidPesel, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Pesel.isValid(value);
        }
    }
}
