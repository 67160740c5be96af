package pl.citycare.shared.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The one short step that appends a transaction's events to the chain: lock the head row, insert the
 * events with the next sequence numbers, move the head. Writers queue on the head row, so the chain
 * never forks and has no gaps; the lock lasts until the commit that follows at once.
 */
final class AuditChainStore {

    /** How long a writer waits for the head before its transaction fails (PostgreSQL; H2's is in its URL). */
    static final int LOCK_TIMEOUT_MILLIS = 10_000;

    private static final String INSERT = "INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, "
            + "action, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditChainStore() {
    }

    static void append(Connection connection, List<PendingAuditEvent> events) {
        try {
            limitLockWait(connection);
            long seq;
            String prevHash;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_chain_head has no row: the audit migration did not run");
                }
                seq = rs.getLong(1);
                prevHash = rs.getString(2);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (PendingAuditEvent pending : events) {
                    ChainedEvent event = pending.linkedTo(++seq, prevHash);
                    prevHash = event.hash();
                    insert.setLong(1, event.seq());
                    insert.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setString(3, event.actor());
                    insert.setString(4, event.entityType());
                    insert.setString(5, event.entityId());
                    insert.setString(6, event.action());
                    insert.setString(7, event.changes());
                    insert.setString(8, event.reason());
                    insert.setString(9, event.prevHash());
                    insert.setString(10, prevHash);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                update.setLong(1, seq);
                update.setString(2, prevHash);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            // Failing the business transaction is right: a change without its audit event must not commit.
            throw new AuditTrailUnavailableException("Could not append to the audit trail", e);
        }
    }

    /** PostgreSQL waits for a lock forever unless told otherwise; SET LOCAL ends with the transaction. */
    private static void limitLockWait(Connection connection) throws SQLException {
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = " + LOCK_TIMEOUT_MILLIS);
            }
        }
    }
}
