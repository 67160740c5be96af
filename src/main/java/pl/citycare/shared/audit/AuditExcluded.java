package pl.citycare.shared.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field of an {@link AuditedEntity} that {@code auditState()} leaves out on purpose
 * (a secret, or a value the trail records in another form). Every other persistent field must be in the
 * audited state: a test fails for a field that is neither, so a field added later is never silently
 * unaudited.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditExcluded {

    /** Why the field stays out of the trail. */
    String value();
}
