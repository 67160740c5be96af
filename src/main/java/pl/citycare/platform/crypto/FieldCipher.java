package pl.citycare.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Szyfrowanie pól: seals one text value (a client's name, a session note) with AES-256-GCM before it is
 * stored, and opens it again. A sealed value reads {@code v1.<key id>.<base64url(nonce | ciphertext | tag)>}:
 * the key id lets old values be read while new ones use the current key. The purpose (e.g.
 * {@code hs_client.name}) is bound in as associated data, so a value copied into another column does not open.
 */
@ApplicationScoped
public class FieldCipher {

    static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EncryptionKeys keys;

    /** Seals the text with the current key; {@code null} stays {@code null}. */
    public String seal(String plaintext, String purpose) {
        if (plaintext == null) {
            return null;
        }
        KeyRing ring = keys.ring();
        return seal(ring.currentId(), ring.currentKey(), plaintext, purpose);
    }

    /**
     * Opens a sealed value; {@code null} stays {@code null}.
     *
     * @throws SealedValueUnreadable when the key is not configured or the value was altered
     */
    public String open(String sealed, String purpose) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split("\\.", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new SealedValueUnreadable("not a sealed value");
        }
        SecretKey key = keys.ring().key(parts[1])
                .orElseThrow(() -> new SealedValueUnreadable("encryption key '" + parts[1] + "' is not configured"));
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(parts[2]));
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] body = new byte[in.remaining()];
            in.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new SealedValueUnreadable("the value was altered, or sealed for another purpose or with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    /** Whether the value is sealed with the current key (a key rotation seals the others again). */
    public boolean isCurrent(String sealed) {
        return sealed == null || sealed.startsWith(prefix(keys.ring().currentId()));
    }

    /** The start of every value sealed with the key, for finding them in the database. */
    public static String prefix(String keyId) {
        return VERSION + "." + keyId + ".";
    }

    static String seal(String keyId, SecretKey key, String plaintext, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array();
            return prefix(keyId) + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    /** For tests and the rotation: seals with a named key of the ring instead of the current one. */
    String sealWith(String keyId, String plaintext, String purpose) {
        return seal(keyId, keys.ring().key(keyId).orElseThrow(), plaintext, purpose);
    }
}
