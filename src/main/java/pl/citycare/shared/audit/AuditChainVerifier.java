package pl.citycare.shared.audit;


import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Weryfikacja śladu audytowego: recomputes every hash of the chain and names the first broken link.
 * Reads in sequence order with a bounded fetch size, so a long trail streams rather than loads.
 */
public class AuditChainVerifier {

    private final DataSource dataSource;

    /** Reads through the given data source; who may read is decided by the caller (an auditor-only service). */
    public AuditChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            long expectedSeq = 1;
            String previousHash = ChainedEvent.GENESIS_HASH;
            long checked = 0;
            try (PreparedStatement events = connection.prepareStatement(
                    "SELECT seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, prev_hash, hash "
                            + "FROM audit_event ORDER BY seq")) {
                events.setFetchSize(500);
                try (ResultSet rs = events.executeQuery()) {
                    while (rs.next()) {
                        var event = new ChainedEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9));
                        String storedHash = rs.getString(10);
                        checked++;
                        if (event.seq() != expectedSeq) {
                            return ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.MISSING);
                        }
                        if (!event.hash().equals(storedHash)) {
                            return ChainVerification.broken(checked, event.seq(), ChainVerification.Problem.ALTERED);
                        }
                        if (!event.prevHash().equals(previousHash)) {
                            return ChainVerification.broken(checked, event.seq(), ChainVerification.Problem.RELINKED);
                        }
                        previousHash = storedHash;
                        expectedSeq++;
                    }
                }
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet rs = head.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(previousHash)) {
                    return ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.TRUNCATED);
                }
            }
            return ChainVerification.intact(checked);
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not read the audit trail", e);
        }
    }
}
