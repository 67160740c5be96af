package pl.citycare.healthsupport.application.client;

import jakarta.ejb.ApplicationException;

/** Intake details the rules refuse: the field and the key of the translated message. Nothing is saved. */
@ApplicationException(rollback = true)
public class ClientRejected extends RuntimeException {

    private final String field;

    public ClientRejected(String field, String messageKey) {
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
