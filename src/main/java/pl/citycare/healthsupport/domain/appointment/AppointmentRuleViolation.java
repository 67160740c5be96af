package pl.citycare.healthsupport.domain.appointment;

/** A booking or status change the rules refuse: the field and the key of the translated message. */
public class AppointmentRuleViolation extends RuntimeException {

    private final String field;

    public AppointmentRuleViolation(String field, String messageKey) {
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
