package pl.citycare.healthsupport.domain.roster;

/** A shift the roster's rules refuse: the field and the key of the translated message. */
public class RosterRuleViolation extends RuntimeException {

    private final String field;

    public RosterRuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
