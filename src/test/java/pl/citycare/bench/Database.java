package pl.citycare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The target database: one connection (auto-commit off) and what differs between PostgreSQL and H2. */
final class Database implements AutoCloseable {

    final Connection connection;
    final boolean postgres;

    Database(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        connection.setAutoCommit(false);
    }

    Sink sink(String table, String... columns) throws SQLException {
        return Sink.open(connection, postgres, table, columns);
    }

    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** The first column of every row. */
    List<Object> column(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                var values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
                return values;
            }
        }
    }

    long number(String sql, Object... parameters) throws SQLException {
        List<Object> values = column(sql, parameters);
        return values.isEmpty() || values.get(0) == null ? 0 : ((Number) values.get(0)).longValue();
    }

    /**
     * Reserves {@code count} ids for generated rows: from past both the table's largest id and the sequence's next
     * value, and moves the sequence past the range, so the application (allocation size 1, one sequence call per
     * insert) never hands out an id of the range, even while the generator is still writing.
     */
    long reserve(String table, String sequence, long count) throws SQLException {
        long next = number(postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence);
        long first = Math.max(next, number("SELECT MAX(id) FROM " + table) + 1);
        moveSequence(sequence, first + count);
        return first;
    }

    /** The sequence's next value becomes {@code next} (or stays, if it is already further). */
    void moveSequence(String sequence, long next) throws SQLException {
        if (postgres) {
            // setval(x) makes x the last value handed out; GREATEST keeps a sequence that is already further.
            number("SELECT setval('" + sequence + "', GREATEST(?, (SELECT last_value FROM " + sequence + ")))", next - 1);
        } else {
            long current = number("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = ?",
                    sequence.toUpperCase(java.util.Locale.ROOT));
            if (current < next) {
                execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + next);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
