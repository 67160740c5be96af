package pl.citycare.platform.crypto;

/**
 * A sealed value that cannot be opened: its key is not configured, or it was altered. Never answered
 * with garbage: the page shows that the value cannot be read, and the log says why.
 */
public class SealedValueUnreadable extends RuntimeException {

    public SealedValueUnreadable(String reason) {
        super("A sealed value cannot be opened: " + reason);
    }
}
