package pl.citycare.platform.crypto.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.crypto.EncryptionKeys;
import pl.citycare.platform.crypto.FieldCipher;
import pl.citycare.platform.crypto.KeyRing;
import pl.citycare.platform.crypto.SealedColumn;
import pl.citycare.platform.crypto.domain.EncryptionKeyRecord;
import pl.citycare.platform.security.domain.Role;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Rotacja klucza: after a new current key is configured on every instance, seals every value that still
 * uses an older key again, a batch per transaction, while the application keeps running. A key with no
 * value left is retired; then it may be removed from the configuration.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private FieldCipher cipher;

    @Inject
    private EncryptionKeys keys;

    @Inject
    @Any
    private Instance<SealedColumn.Contribution> contributions;

    /** A registered key: when it was first used, whether it is retired, and how many values it still seals. */
    public record KeyUsage(String id, Instant registeredAt, Instant retiredAt, boolean current, boolean configured,
                           long values) {
    }

    public List<KeyUsage> usage() {
        KeyRing ring = keys.ring();
        return records().stream().map(k -> new KeyUsage(k.getId(), k.getRegisteredAt(), k.getRetiredAt().orElse(null),
                k.getId().equals(ring.currentId()), ring.ids().contains(k.getId()), valuesSealedWith(k.getId()))).toList();
    }

    /**
     * Seals up to {@code size} values that use an older key with the current one, in this transaction.
     * A value changed meanwhile by a user is left alone (the user's save sealed it with the current key).
     *
     * @return how many values were sealed again; 0 means none is left, and older keys are retired
     */
    public int resealBatch(int size) {
        String prefix = FieldCipher.prefix(keys.ring().currentId());
        int done = 0;
        for (SealedColumn column : columns()) {
            if (done >= size) {
                break;
            }
            List<Object[]> rows = rows(em.createNativeQuery("SELECT " + column.idColumn() + ", " + column.column() + " FROM "
                            + column.table() + " WHERE " + column.column() + " IS NOT NULL AND SUBSTRING(" + column.column()
                            + ", 1, " + prefix.length() + ") <> ?")
                    .setParameter(1, prefix).setMaxResults(size - done));
            for (Object[] row : rows) {
                String old = (String) row[1];
                String fresh = cipher.seal(cipher.open(old, column.purpose()), column.purpose());
                done += em.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE "
                                + column.idColumn() + " = ? AND " + column.column() + " = ?")
                        .setParameter(1, fresh).setParameter(2, row[0]).setParameter(3, old).executeUpdate();
            }
        }
        if (done == 0) {
            retireUnusedKeys();
        } else {
            int count = done;
            LOG.info(() -> count + " sealed values sealed again with the current encryption key");
        }
        return done;
    }

    private void retireUnusedKeys() {
        String current = keys.ring().currentId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (EncryptionKeyRecord key : records()) {
            if (!key.getId().equals(current) && !key.isRetired() && valuesSealedWith(key.getId()) == 0) {
                key.retire(now);
                LOG.info(() -> "Encryption key '" + key.getId() + "' retired: no value uses it; it may be removed");
            }
        }
    }

    private List<EncryptionKeyRecord> records() {
        return em.createQuery("SELECT k FROM EncryptionKeyRecord k ORDER BY k.registeredAt, k.keyId",
                EncryptionKeyRecord.class).getResultList();
    }

    private long valuesSealedWith(String keyId) {
        String prefix = FieldCipher.prefix(keyId);
        long count = 0;
        for (SealedColumn column : columns()) {
            count += ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + column.table() + " WHERE SUBSTRING("
                    + column.column() + ", 1, " + prefix.length() + ") = ?").setParameter(1, prefix).getSingleResult())
                    .longValue();
        }
        return count;
    }

    private List<SealedColumn> columns() {
        var columns = new ArrayList<SealedColumn>();
        contributions.forEach(c -> columns.addAll(c.sealedColumns()));
        return columns;
    }

    @SuppressWarnings("unchecked") // a native query of several columns answers Object[] rows
    static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}
