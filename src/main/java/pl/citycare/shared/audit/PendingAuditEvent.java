package pl.citycare.shared.audit;

import java.time.Instant;

/** An audit event collected in a transaction, waiting for its place in the chain at commit. */
record PendingAuditEvent(Instant occurredAt, String actor, String entityType, String entityId, String action,
                         String changes, String reason) {

    ChainedEvent linkedTo(long seq, String prevHash) {
        return new ChainedEvent(seq, occurredAt, actor, entityType, entityId, action, changes, reason, prevHash);
    }
}
