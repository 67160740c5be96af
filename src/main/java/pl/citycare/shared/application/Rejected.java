package pl.citycare.shared.application;

import jakarta.ejb.ApplicationException;
import pl.citycare.shared.domain.RuleViolation;

/**
 * A service refused what was asked, and nothing was saved: the form field concerned and the key of the
 * translated message. An application exception, so the page receives it as it is, not wrapped.
 */
@ApplicationException(rollback = true)
public class Rejected extends RuntimeException {

    private final String field;

    public Rejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The domain's refusal, as the page's. */
    public static Rejected by(RuleViolation violation) {
        return new Rejected(violation.field(), violation.messageKey());
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
