package pl.citycare.shared.audit;


import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail for auditors: newest first, optionally for one record type or one record. */
public class AuditEventQuery {

    private final DataSource dataSource;

    /** Reads through the given data source; who may read is decided by the caller (an auditor-only service). */
    public AuditEventQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param entityType only events of this record type, or null for all
     * @param entityId   only events of this record, or null for all
     */
    public List<AuditEventView> newest(String entityType, String entityId, int offset, int limit) {
        var sql = new StringBuilder("SELECT seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, hash "
                + "FROM audit_event WHERE 1 = 1");
        var params = new ArrayList<String>();
        if (entityType != null && !entityType.isBlank()) {
            sql.append(" AND entity_type = ?");
            params.add(entityType);
        }
        if (entityId != null && !entityId.isBlank()) {
            sql.append(" AND entity_id = ?");
            params.add(entityId);
        }
        sql.append(" ORDER BY seq DESC OFFSET ").append(Math.max(0, offset))
                .append(" ROWS FETCH NEXT ").append(Math.max(1, limit)).append(" ROWS ONLY");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setString(i + 1, params.get(i));
            }
            var events = new ArrayList<AuditEventView>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    events.add(new AuditEventView(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), AuditAction.valueOf(rs.getString(6)),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not read the audit trail", e);
        }
    }

    /** Record types present in the trail, for the auditor's filter. */
    public List<String> entityTypes() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT DISTINCT entity_type FROM audit_event ORDER BY entity_type");
             ResultSet rs = statement.executeQuery()) {
            var types = new ArrayList<String>();
            while (rs.next()) {
                types.add(rs.getString(1));
            }
            return types;
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not read the audit trail", e);
        }
    }

    /** The chain's head now, {@code last_seq:last_hash}: the state of the trail a printed list reflects. */
    public String head() {
        try (Connection connection = dataSource.getConnection()) {
            ChainReading.Head head = ChainReading.head(connection);
            return head.seq() + ":" + head.hash();
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not read the audit chain's head", e);
        }
    }
}
