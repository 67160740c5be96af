package pl.citycare.platform.crypto;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AES-256 keys by id, and the current one new values are sealed with. Written as
 * {@code id=base64key,id2=base64key}; the current key is named, or is the last one listed. Old keys stay
 * listed until every value sealed with them has been sealed again ({@code KeyRotation}).
 */
public final class KeyRing {

    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private final Map<String, SecretKey> keys;
    private final String current;

    KeyRing(Map<String, SecretKey> keys, String current) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.current = current;
    }

    /** @throws KeyRingException naming what is wrong, never the key itself */
    public static KeyRing parse(String spec, String currentId) {
        var keys = new LinkedHashMap<String, SecretKey>();
        String last = null;
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String id = eq < 0 ? entry.strip() : entry.substring(0, eq).strip();
            if (eq < 0 || !KEY_ID.matcher(id).matches()) {
                throw new KeyRingException("An encryption key entry is not written as id=base64key with an id of "
                        + "letters, digits, '-' or '_' (at most 16): '" + id + "'");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(entry.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new KeyRingException("Encryption key '" + id + "' is not valid Base64");
            }
            if (raw.length != 32) {
                throw new KeyRingException("Encryption key '" + id + "' has " + raw.length
                        + " bytes; AES-256 needs 32 (openssl rand -base64 32)");
            }
            if (keys.put(id, new SecretKeySpec(raw, "AES")) != null) {
                throw new KeyRingException("Encryption key '" + id + "' is listed twice");
            }
            last = id;
        }
        if (keys.isEmpty()) {
            throw new KeyRingException("No encryption key is configured (CITYCARE_CRYPTO_KEYS is empty)");
        }
        String chosen = currentId == null || currentId.isBlank() ? last : currentId.strip();
        if (!keys.containsKey(chosen)) {
            throw new KeyRingException("The current encryption key '" + chosen + "' is not among the configured keys");
        }
        return new KeyRing(keys, chosen);
    }

    public String currentId() {
        return current;
    }

    SecretKey currentKey() {
        return keys.get(current);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public java.util.Set<String> ids() {
        return keys.keySet();
    }

    /**
     * A fingerprint that tells whether a key is the one the database was first used with, without
     * revealing the key: an HMAC of a fixed text under it.
     */
    public String fingerprint(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.get(id));
            byte[] full = mac.doFinal("CityCare encryption key fingerprint".getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
