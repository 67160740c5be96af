package pl.citycare.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Klucze szyfrowania danych: the AES keys personal and health data are sealed with, from configuration
 * ({@code CITYCARE_CRYPTO_KEYS}, never the repository). With demo data on and no keys configured, a key
 * of its own is made once in a file beside the demo database, so that the app runs on a fresh machine;
 * a real start without keys fails at start-up (see {@link EncryptionKeyCheck}).
 */
@ApplicationScoped
public class EncryptionKeys {

    private static final Logger LOG = Logger.getLogger(EncryptionKeys.class.getName());

    @Inject
    @ConfigProperty(name = "citycare.crypto.keys")
    Optional<String> configuredKeys;

    @Inject
    @ConfigProperty(name = "citycare.crypto.current-key")
    Optional<String> configuredCurrent;

    @Inject
    @ConfigProperty(name = "citycare.crypto.key-file", defaultValue = "./data/encryption-keys.properties")
    String keyFile;

    @Inject
    @ConfigProperty(name = "citycare.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile KeyRing ring;

    /** The key ring, read once. @throws KeyRingException when no usable keys are configured */
    public KeyRing ring() {
        KeyRing loaded = ring;
        if (loaded == null) {
            synchronized (this) {
                if (ring == null) {
                    ring = load();
                }
                loaded = ring;
            }
        }
        return loaded;
    }

    private KeyRing load() {
        if (configuredKeys.filter(k -> !k.isBlank()).isPresent()) {
            return KeyRing.parse(configuredKeys.get(), configuredCurrent.orElse(null));
        }
        if (!demoData) {
            throw new KeyRingException("No encryption key is configured: set CITYCARE_CRYPTO_KEYS on every instance "
                    + "(see docs/encryption.md). Personal and health data are never stored unencrypted.");
        }
        return demoKeyRing(Path.of(keyFile));
    }

    /** The demo key, made on the first demo start and kept in the file so the next start can still read the data. */
    private static KeyRing demoKeyRing(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                var properties = new Properties();
                properties.setProperty("keys", "demo1=" + Base64.getEncoder().encodeToString(key));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    properties.store(out, "CityCare demo encryption key: for demo data only, never for real data");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file keeps the directory's permissions.
                }
                LOG.warning(() -> "Demo data on and no CITYCARE_CRYPTO_KEYS: made a demo encryption key in " + file.toAbsolutePath());
            }
            var properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return KeyRing.parse(properties.getProperty("keys", ""), null);
        } catch (IOException e) {
            throw new KeyRingException("The demo encryption key file " + file.toAbsolutePath() + " cannot be used: " + e.getMessage());
        }
    }
}
