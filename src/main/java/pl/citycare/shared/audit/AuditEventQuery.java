package pl.citycare.shared.audit;


import pl.citycare.shared.persistence.ListQuery;

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
        return page(entityType, entityId, null, false, offset, limit);
    }

    /**
     * A page of the events the filter selects (a blank part selects all), in the order written or newest first.
     * The order is the sequence number's, which the primary key (or the filter's index) already holds: no sort.
     */
    public List<AuditEventView> page(String entityType, String entityId, String actor, boolean oldestFirst, int offset, int limit) {
        var where = Where.of(entityType, entityId, actor);
        String sql = "SELECT seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, hash FROM audit_event"
                + where.sql() + " ORDER BY seq " + (oldestFirst ? "ASC" : "DESC") + " OFFSET " + Math.max(0, offset)
                + " ROWS FETCH NEXT " + Math.max(1, limit) + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = where.prepare(connection, sql)) {
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

    /**
     * How many events the filter selects, up to {@link ListQuery#COUNT_LIMIT}. The whole trail's count is exact: the
     * head's sequence number (the chain is numbered from 1 without gaps), so the unfiltered list counts no rows.
     */
    public long count(String entityType, String entityId, String actor) {
        var where = Where.of(entityType, entityId, actor);
        try (Connection connection = dataSource.getConnection()) {
            if (where.params().isEmpty()) {
                return ChainReading.head(connection).seq();
            }
            // Counted up to the lists' limit: a record type of a million events is not read to the end each time.
            try (PreparedStatement statement = where.prepare(connection, "SELECT COUNT(*) FROM (SELECT 1 AS one FROM audit_event"
                    + where.sql() + " FETCH FIRST " + ListQuery.COUNT_LIMIT + " ROWS ONLY) limited");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditTrailUnavailableException("Could not count the audit trail's events", e);
        }
    }

    /** The filter's WHERE clause and its values, each part only when given. */
    private record Where(String sql, List<String> params) {

        static Where of(String entityType, String entityId, String actor) {
            var sql = new StringBuilder();
            var params = new ArrayList<String>();
            String[] columns = {"entity_type", "entity_id", "actor"};
            String[] values = {entityType, entityId, actor};
            for (int i = 0; i < columns.length; i++) {
                if (values[i] != null && !values[i].isBlank()) {
                    sql.append(params.isEmpty() ? " WHERE " : " AND ").append(columns[i]).append(" = ?");
                    params.add(values[i].strip());
                }
            }
            return new Where(sql.toString(), params);
        }

        PreparedStatement prepare(Connection connection, String statementSql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(statementSql);
            for (int i = 0; i < params.size(); i++) {
                statement.setString(i + 1, params.get(i));
            }
            return statement;
        }
    }

    /**
     * Record types present in the trail, for the auditor's filter. A DISTINCT would read every event; this walks the
     * entity index from one type to the next instead (a few dozen index lookups for millions of events).
     */
    public List<String> entityTypes() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("WITH RECURSIVE types (entity_type) AS ("
                     + " SELECT MIN(entity_type) FROM audit_event"
                     + " UNION ALL SELECT (SELECT MIN(e.entity_type) FROM audit_event e WHERE e.entity_type > t.entity_type)"
                     + " FROM types t WHERE t.entity_type IS NOT NULL)"
                     + " SELECT entity_type FROM types WHERE entity_type IS NOT NULL ORDER BY entity_type");
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
