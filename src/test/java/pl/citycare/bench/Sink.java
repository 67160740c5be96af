package pl.citycare.bench;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One table the generator writes, described once by its columns: rows are buffered and written at
 * {@link #flush()}, by {@code COPY ... FROM STDIN} on PostgreSQL and by a batched insert elsewhere (H2).
 * Values are Strings, numbers, booleans, {@code java.time} values or null.
 */
abstract class Sink {

    final String table;
    final String[] columns;
    long rows;

    Sink(String table, String[] columns) {
        this.table = table;
        this.columns = columns;
    }

    static Sink open(Connection connection, boolean postgres, String table, String... columns) throws SQLException {
        return postgres ? new Copy(connection, table, columns) : new Batch(connection, table, columns);
    }

    final void row(Object... values) throws SQLException {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        add(values);
        rows++;
    }

    abstract void add(Object[] values) throws SQLException;

    /** Writes what is buffered (within the caller's transaction). */
    abstract void flush() throws SQLException;

    /** PostgreSQL: rows as CSV into one COPY per flush. */
    private static final class Copy extends Sink {

        private final Connection connection;
        private final String sql;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        private final StringBuilder line = new StringBuilder(512);

        Copy(Connection connection, String table, String[] columns) {
            super(table, columns);
            this.connection = connection;
            this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        }

        @Override
        void add(Object[] values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue; // unquoted empty: NULL
                }
                if (v instanceof String s) {
                    line.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof Instant at) {
                    line.append(at.atOffset(ZoneOffset.UTC));
                } else if (v instanceof BigDecimal d) {
                    line.append(d.toPlainString());
                } else {
                    line.append(v);
                }
            }
            line.append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
        }

        @Override
        void flush() throws SQLException {
            if (buffer.size() == 0) {
                return;
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(buffer.toByteArray()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
            buffer.reset();
        }
    }

    /** Any other database: a batched prepared insert. */
    private static final class Batch extends Sink {

        private final PreparedStatement insert;
        private int pending;

        Batch(Connection connection, String table, String[] columns) throws SQLException {
            super(table, columns);
            insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.length - 1) + "?)");
        }

        @Override
        void add(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                insert.setObject(i + 1, v instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : v);
            }
            insert.addBatch();
            pending++;
        }

        @Override
        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }
    }
}
