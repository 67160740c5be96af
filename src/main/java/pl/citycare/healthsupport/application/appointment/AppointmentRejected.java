package pl.citycare.healthsupport.application.appointment;

import jakarta.ejb.ApplicationException;

/** A booking or change the rules refuse: the field and the key of the translated message. Nothing is saved. */
@ApplicationException(rollback = true)
public class AppointmentRejected extends RuntimeException {

    private final String field;

    public AppointmentRejected(String field, String messageKey) {
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
