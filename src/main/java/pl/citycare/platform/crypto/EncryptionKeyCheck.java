package pl.citycare.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import pl.citycare.platform.crypto.domain.EncryptionKeyRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Start-up step: the configured keys must be the keys the database's values were sealed with. Each key's
 * fingerprint is registered on first use ({@code app_encryption_key}); a key that is missing or different
 * later stops the start with a message saying which, instead of pages that show garbage or fail one by one.
 * A key whose values were all sealed again by a rotation is retired and may be removed.
 */
@ApplicationScoped
public class EncryptionKeyCheck {

    private static final Logger LOG = Logger.getLogger(EncryptionKeyCheck.class.getName());

    @Inject
    EncryptionKeys keys;

    @PersistenceContext(unitName = "citycare")
    EntityManager em;

    /** One registered key as the database remembers it. */
    record Registered(String id, String fingerprint, boolean retired) {
    }

    /** @throws KeyRingException when the keys cannot read what the database holds */
    @Transactional
    public void verify() {
        KeyRing ring = keys.ring();
        List<EncryptionKeyRecord> records = em.createQuery("SELECT k FROM EncryptionKeyRecord k", EncryptionKeyRecord.class)
                .getResultList();
        var fingerprints = new LinkedHashMap<String, String>();
        ring.ids().forEach(id -> fingerprints.put(id, ring.fingerprint(id)));
        List<String> problems = problems(fingerprints, records.stream()
                .map(r -> new Registered(r.getId(), r.getFingerprint(), r.isRetired())).toList());
        if (!problems.isEmpty()) {
            throw new KeyRingException(String.join("; ", problems));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (var key : fingerprints.entrySet()) {
            if (records.stream().noneMatch(r -> r.getId().equals(key.getKey()))) {
                em.persist(new EncryptionKeyRecord(key.getKey(), key.getValue(), now));
                LOG.info(() -> "Encryption key '" + key.getKey() + "' registered");
            }
        }
        // The current key seals new values from now on, even if an earlier rotation had retired it.
        records.stream().filter(r -> r.getId().equals(ring.currentId()) && r.isRetired())
                .forEach(EncryptionKeyRecord::reinstate);
    }

    /** What stops the start: registered keys that are not configured (unless retired) or configured differently. */
    static List<String> problems(Map<String, String> configured, List<Registered> registered) {
        var problems = new ArrayList<String>();
        for (Registered r : registered) {
            String fingerprint = configured.get(r.id());
            if (fingerprint == null && !r.retired()) {
                problems.add("encryption key '" + r.id() + "' is not configured, and data in the database is sealed "
                        + "with it: restore it in CITYCARE_CRYPTO_KEYS from the secret store (docs/encryption.md)");
            } else if (fingerprint != null && !fingerprint.equals(r.fingerprint())) {
                problems.add("encryption key '" + r.id() + "' is not the key the database's data was sealed with: "
                        + "restore the original key from the secret store (docs/encryption.md)");
            }
        }
        return problems;
    }
}
