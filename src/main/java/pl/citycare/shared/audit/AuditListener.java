package pl.citycare.shared.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.util.Map;

/**
 * Writes the audit event for every insert, update and delete of an {@link AuditedEntity},
 * inside the flush, so the event commits or rolls back with the change itself.
 */
public class AuditListener {

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.rememberAuditState();
    }

    @PostPersist
    void created(AuditedEntity entity) {
        write(entity, AuditAction.CREATE, Map.of(), AuditedEntity.nullSafe(entity.auditState()));
    }

    @PostUpdate
    void updated(AuditedEntity entity) {
        Map<String, Object> before = entity.auditSnapshot() == null ? Map.of() : entity.auditSnapshot();
        Map<String, Object> after = AuditedEntity.nullSafe(entity.auditState());
        String changes = AuditChanges.diff(before, after);
        if (!"{}".equals(changes)) {
            trail().append(entity.auditType(), String.valueOf(entity.getId()), AuditAction.UPDATE, changes);
        }
        entity.rememberAuditState();
    }

    @PostRemove
    void removed(AuditedEntity entity) {
        Map<String, Object> before = entity.auditSnapshot() == null
                ? AuditedEntity.nullSafe(entity.auditState()) : entity.auditSnapshot();
        write(entity, AuditAction.DELETE, before, Map.of());
    }

    private void write(AuditedEntity entity, AuditAction action, Map<String, Object> before, Map<String, Object> after) {
        trail().append(entity.auditType(), String.valueOf(entity.getId()), action, AuditChanges.diff(before, after));
        entity.rememberAuditState();
    }

    /** The trail's (application-scoped) proxy, looked up once: {@code CDI.current()} walks the stack each time. */
    private volatile AuditTrail trail;

    // Looked up rather than injected: EclipseLink creates listeners itself for every persistence unit.
    private AuditTrail trail() {
        AuditTrail found = trail;
        if (found == null) {
            found = CDI.current().select(AuditTrail.class).get();
            trail = found;
        }
        return found;
    }
}
