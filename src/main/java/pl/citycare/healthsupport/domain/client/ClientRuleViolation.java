package pl.citycare.healthsupport.domain.client;

/** Client details that break a rule: the field and the key of the translated message the page shows beside it. */
public class ClientRuleViolation extends RuntimeException {

    private final String field;

    public ClientRuleViolation(String field, String messageKey) {
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
