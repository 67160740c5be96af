package pl.citycare.healthsupport.application.hotline;

import jakarta.ejb.ApplicationException;

/** A call record was refused by a hotline rule: the field it concerns and the key of the translated reason. */
@ApplicationException(rollback = true)
public class CallRejected extends RuntimeException {

    private final String field;

    public CallRejected(String field, String messageKey) {
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
