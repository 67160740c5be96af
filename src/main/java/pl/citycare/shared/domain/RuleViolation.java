package pl.citycare.shared.domain;

/**
 * A rule of a context broken by what was typed: the form field it concerns (e.g. {@code
 * emergencyAction}) and the key of the translated message the page shows beside that field.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** Throws the violation of the rule unless it {@code holds}: the one-line check aggregates write their rules with. */
    public static void require(boolean holds, String field, String messageKey) {
        if (!holds) {
            throw new RuleViolation(field, messageKey);
        }
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
