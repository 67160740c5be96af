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

    /**
     * Verifies the chain up to the head as it is when the verification starts: events appended meanwhile
     * are left for the next verification, so a busy system is never reported as broken.
     */
    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            long headSeq;
            String headHash;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet rs = head.executeQuery()) {
                rs.next();
                headSeq = rs.getLong(1);
                headHash = rs.getString(2);
            }
            var walk = new ChainWalk();
            try (PreparedStatement events = connection.prepareStatement(
                    "SELECT seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, prev_hash, hash "
                            + "FROM audit_event WHERE seq <= ? ORDER BY seq")) {
                events.setLong(1, headSeq);
                events.setFetchSize(500);
                try (ResultSet rs = events.executeQuery()) {
                    boolean intactSoFar = true;
                    while (intactSoFar && rs.next()) {
                        var event = new ChainedEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9));
                        intactSoFar = walk.accept(event, rs.getString(10));
                    }
                }
            }
            return walk.finish(headSeq, headHash);
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not read the audit trail", e);
        }
    }
}
