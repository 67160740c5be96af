package pl.citycare.healthsupport.domain.hotline;

/** A call record that breaks a rule of the hotline; the message is the key of the translated text and the field. */
public class HotlineCallRuleViolation extends RuntimeException {

    private final String field;

    public HotlineCallRuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The form field the rule is about, e.g. "emergencyAction". */
    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
