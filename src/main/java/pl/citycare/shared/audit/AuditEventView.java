package pl.citycare.shared.audit;

import java.time.Instant;

/** One audit event as an auditor reads it. */
public record AuditEventView(long seq, Instant occurredAt, String actor, String entityType, String entityId,
                             AuditAction action, String changes, String reason, String hash) {
}
