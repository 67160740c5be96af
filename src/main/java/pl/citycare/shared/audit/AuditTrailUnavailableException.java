package pl.citycare.shared.audit;

/** The audit trail could not be written, so the change it belongs to must not commit. */
public class AuditTrailUnavailableException extends RuntimeException {

    public AuditTrailUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
