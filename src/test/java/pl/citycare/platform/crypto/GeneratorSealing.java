package pl.citycare.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The application's sealing ({@link FieldCipher}) for the data generator, with the keys the application would
 * use: {@code CITYCARE_CRYPTO_KEYS} (and {@code CITYCARE_CRYPTO_CURRENT_KEY}) or else the demo key file
 * ({@link EncryptionKeys}). Without either there is nothing to seal with, and the generator leaves the optional
 * sealed columns empty.
 */
public final class GeneratorSealing {

    private final KeyRing ring;

    private GeneratorSealing(KeyRing ring) {
        this.ring = ring;
    }

    /** The keys from the environment, else from the demo key file; empty when neither exists. */
    public static Optional<GeneratorSealing> fromEnvironmentOr(Path demoKeyFile) throws IOException {
        String keys = System.getenv("CITYCARE_CRYPTO_KEYS");
        if (keys != null && !keys.isBlank()) {
            return Optional.of(new GeneratorSealing(KeyRing.parse(keys, System.getenv("CITYCARE_CRYPTO_CURRENT_KEY"))));
        }
        if (!Files.exists(demoKeyFile)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(demoKeyFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return Optional.of(new GeneratorSealing(KeyRing.parse(properties.getProperty("keys", ""), null)));
    }

    public String seal(String plaintext, String purpose) {
        return plaintext == null ? null : FieldCipher.seal(ring.currentId(), ring.currentKey(), plaintext, purpose);
    }

    public String currentKeyId() {
        return ring.currentId();
    }

    /** The fingerprint the application registers for the current key ({@code app_encryption_key}). */
    public String currentKeyFingerprint() {
        return ring.fingerprint(ring.currentId());
    }
}
