package pl.citycare.shared.audit;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Map;

/**
 * Base of every editable aggregate: optimistic locking, and an audit event for every change.
 * <p>
 * Subclasses say which fields the trail records in {@link #auditState()}; secrets (password
 * hashes, encrypted contact data) are left out there, never in the listener.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Version
    private long version;

    /** The audited state as it was loaded or last written, to diff against on update. */
    @Transient
    private transient Map<String, Object> auditSnapshot;

    /** The identifier the trail names this record by. */
    public abstract Object getId();

    /** The fields the audit trail records, by name; values are rendered with {@code toString()}. */
    protected abstract Map<String, Object> auditState();

    /** The record type the trail names, by default the entity's class name. */
    protected String auditType() {
        return getClass().getSimpleName();
    }

    public long getVersion() {
        return version;
    }

    Map<String, Object> auditSnapshot() {
        return auditSnapshot;
    }

    void rememberAuditState() {
        this.auditSnapshot = Map.copyOf(nullSafe(auditState()));
    }

    static Map<String, Object> nullSafe(Map<String, Object> state) {
        var copy = new java.util.LinkedHashMap<String, Object>();
        state.forEach((k, v) -> copy.put(k, v == null ? AuditChanges.NULL : v));
        return copy;
    }
}
