package pl.citycare.platform.security.administration.application;

import jakarta.ejb.ApplicationException;

/**
 * An account change that the rules forbid (the last administrator, one's own ADMIN role, a taken
 * username). The message is a key of the translated message shown to the administrator.
 */
@ApplicationException(rollback = true)
public class AccountRuleViolation extends RuntimeException {

    public AccountRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
