package pl.citycare.platform.crypto.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Klucz szyfrowania w bazie: that data was sealed with a key of this id, and the key's fingerprint (an
 * HMAC under the key, never the key). Registered on the key's first start, retired when a rotation left
 * no value sealed with it; both are in the audit trail.
 */
@Entity
@Table(name = "app_encryption_key")
public class EncryptionKeyRecord extends AuditedEntity {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @Column(nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected EncryptionKeyRecord() {
        // for JPA
    }

    public EncryptionKeyRecord(String keyId, String fingerprint, Instant registeredAt) {
        this.keyId = keyId;
        this.fingerprint = fingerprint;
        this.registeredAt = registeredAt;
    }

    @Override
    public String getId() {
        return keyId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Optional<Instant> getRetiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public void retire(Instant at) {
        retiredAt = at;
    }

    /** The key seals values again (it was made current after a retirement). */
    public void reinstate() {
        retiredAt = null;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("keyId", keyId);
        state.put("fingerprint", fingerprint);
        state.put("registeredAt", registeredAt);
        state.put("retiredAt", retiredAt);
        return state;
    }
}
