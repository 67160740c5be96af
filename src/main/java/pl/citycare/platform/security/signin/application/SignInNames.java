package pl.citycare.platform.security.signin.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the sign-in log (and so the audit trail) keeps of a typed username. The name of an existing
 * record as it is; anything else as {@code unknown:} and a keyed hash (HMAC-SHA-256, 64 bits shown), never
 * as typed: people type passwords into the username box. The same typed name always gives the same
 * pseudonym, so failures can be counted and the administrator can search for it.
 * <p>
 * The key comes from {@code citycare.security.pseudonym-key} ({@code CITYCARE_SECURITY_PSEUDONYM_KEY});
 * without one, each start makes a random key, and pseudonyms differ between starts and between instances.
 */
@ApplicationScoped
class SignInNames {

    static final String PREFIX = "unknown:";
    private static final Logger LOG = Logger.getLogger(SignInNames.class.getName());

    @Inject
    @ConfigProperty(name = "citycare.security.pseudonym-key")
    Optional<String> configuredKey;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] bytes;
        if (configuredKey.filter(k -> k.length() >= 16).isPresent()) {
            bytes = configuredKey.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.warning("citycare.security.pseudonym-key is not set (or shorter than 16 characters): unknown "
                    + "usernames in the sign-in log get pseudonyms valid until this instance stops. Set "
                    + "CITYCARE_SECURITY_PSEUDONYM_KEY on every instance.");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /**
     * @param normalisedName  the typed name, normalised
     * @param belongsToRecord whether a CityCare record has this username
     */
    String forLog(String normalisedName, boolean belongsToRecord) {
        return belongsToRecord ? normalisedName : pseudonym(normalisedName == null ? "" : normalisedName);
    }

    String pseudonym(String normalisedName) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(normalisedName.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
