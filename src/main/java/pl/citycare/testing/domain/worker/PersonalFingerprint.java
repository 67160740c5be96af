package pl.citycare.testing.domain.worker;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How a worker's personal values enter the audit trail: as a keyed fingerprint (HMAC-SHA-256 under a
 * random key of that worker, first 12 hex digits), never as the value. The trail still shows that a name
 * or passport changed, and the application can tell whether a value matches; once the retention purge
 * destroys the worker's key, nothing in the trail (whose hash chain stays untouched) leads back to the
 * person. A plain hash would not do: a passport number is short enough to guess.
 */
public final class PersonalFingerprint {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalFingerprint() {
    }

    /** A fresh worker's key, Base64. */
    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** {@code #} and 12 hex digits, or null for no value (or no key left). */
    public static String of(String key, Object value) {
        if (key == null || value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] digest = mac.doFinal(value.toString().getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
