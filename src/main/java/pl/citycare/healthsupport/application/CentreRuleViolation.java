package pl.citycare.healthsupport.application;

import jakarta.ejb.ApplicationException;

/** A staffing change the rules forbid; the message is the key of the translated text the page shows. */
@ApplicationException(rollback = true)
public class CentreRuleViolation extends RuntimeException {

    public CentreRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
