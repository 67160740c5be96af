package pl.citycare.platform.crypto;

/** The encryption keys cannot be used as configured; the message tells an administrator what to fix. */
public class KeyRingException extends RuntimeException {

    public KeyRingException(String message) {
        super(message);
    }
}
