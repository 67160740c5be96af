package pl.citycare.healthsupport.application.roster;

import jakarta.ejb.ApplicationException;

/** A shift the rules refuse: the field and the key of the translated message. Nothing is saved. */
@ApplicationException(rollback = true)
public class RosterRejected extends RuntimeException {

    private final String field;

    public RosterRejected(String field, String messageKey) {
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
