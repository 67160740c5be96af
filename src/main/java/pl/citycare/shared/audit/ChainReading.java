package pl.citycare.shared.audit;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How the verifier and the take-away export read a long trail: on a connection inside a transaction, because
 * PostgreSQL's driver streams by the fetch size only there (in auto-commit it would load the whole trail, and a
 * million events do not fit); under JTA the connection is in one already. And the head they start from.
 */
final class ChainReading {

    /** Reading work on the connection. */
    interface Work<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    /** The chain's end as read: its last sequence number and hash. */
    record Head(long seq, String hash) {
    }

    /** The sequence numbers {@code first..last} (both included; empty when last < first) a range of time covers. */
    record Seqs(long first, long last) {

        long count() {
            return Math.max(0, last - first + 1);
        }
    }

    private ChainReading() {
    }

    static <T> T read(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try {
                return work.on(connection);
            } finally {
                if (autoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not read the audit trail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Head head(Connection connection) throws SQLException {
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /**
     * The events of {@code [from, to)} (either end open when null) as a run of sequence numbers: from the first event
     * written at or after {@code from} to the last written before {@code to}, and every event between. Time alone
     * would leave holes: an event's time is taken when its transaction writes it, its number when it commits, so a
     * long transaction's event can be older than the one numbered before it.
     */
    static Seqs seqs(Connection connection, Instant from, Instant to, long headSeq) throws SQLException {
        long first = from == null ? 1 : single(connection, "SELECT MIN(seq) FROM audit_event WHERE occurred_at >= ? AND seq <= ?",
                from, headSeq).orElse(headSeq + 1);
        long last = to == null ? headSeq : single(connection, "SELECT MAX(seq) FROM audit_event WHERE occurred_at < ? AND seq <= ?",
                to, headSeq).orElse(0L);
        return new Seqs(first, last);
    }

    private static Optional<Long> single(Connection connection, String sql, Instant at, long headSeq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, at.atOffset(ZoneOffset.UTC));
            query.setLong(2, headSeq);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long value = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(value);
            }
        }
    }

    /** The stored hash of the event before {@code firstSeq}, or a value no hash matches when that event is gone. */
    static String hashBefore(Connection connection, long firstSeq) throws SQLException {
        try (PreparedStatement before = connection.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
            before.setLong(1, firstSeq - 1);
            try (ResultSet rs = before.executeQuery()) {
                return rs.next() ? rs.getString(1) : "missing";
            }
        }
    }
}
