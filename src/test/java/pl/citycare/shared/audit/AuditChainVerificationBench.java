package pl.citycare.shared.audit;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long verifying a long audit chain takes: writes {@code N} chained events (default 1,000,000, each with a
 * realistic 300-character change set) into a scratch database made by the project's own migrations, then
 * times {@link AuditChainVerifier#verify()} over all of them, twice (the second with a warm JIT and cache).
 * Not a test (its name keeps it out of the suites): run by {@code bench/audit-verification}, which writes the
 * figures to {@code docs/benchmarks.md} by hand.
 * <p>
 * Arguments: {@code h2} (a throw-away file database under {@code target/bench}) or a PostgreSQL JDBC URL (the
 * events go to a schema {@code bench_audit}, dropped first), then the number of events.
 */
public final class AuditChainVerificationBench {

    private AuditChainVerificationBench() {
    }

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "h2";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        DataSource dataSource = dataSource(target);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();

        long writeStart = System.nanoTime();
        write(dataSource, events);
        System.out.printf("wrote %,d chained events in %.1f s%n", events, (System.nanoTime() - writeStart) / 1e9);

        var verifier = new AuditChainVerifier(dataSource);
        for (int run = 1; run <= 2; run++) {
            var progress = new AtomicLong();
            long start = System.nanoTime();
            ChainVerification verdict = verifier.verify(null, null, progress::set);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %s, %,d events in %.2f s (%,.0f events/s)%n", run, verdict.intact() ? "intact" : "BROKEN " + verdict,
                    verdict.eventsChecked(), seconds, verdict.eventsChecked() / seconds);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used at the end: %d MB (max %d MB)%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
    }

    private static DataSource dataSource(String target) throws SQLException {
        if ("h2".equals(target)) {
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:./target/bench/audit-" + System.currentTimeMillis() + ";MODE=PostgreSQL");
            return h2;
        }
        var pg = new PGSimpleDataSource();
        pg.setURL(target);
        pg.setUser(System.getProperty("user", "postgres"));
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_audit CASCADE");
            s.execute("CREATE SCHEMA bench_audit");
        }
        pg.setCurrentSchema("bench_audit");
        return pg;
    }

    /** Events as the application writes them: each hashed over its fields and its predecessor's hash. */
    private static void write(DataSource dataSource, int count) throws SQLException {
        Instant start = Instant.parse("2024-01-01T07:00:00Z");
        String changes = "{\"surname\":{\"before\":null,\"after\":\"#3fa2c41b9e07\"},\"status\":{\"before\":\"BOOKED\",\"after\":\"CANCELLED\"},"
                + "\"reason\":{\"before\":null,\"after\":\"rebooked by the employer\"},\"slot\":{\"before\":null,\"after\":18342},"
                + "\"amountGross\":{\"before\":\"12500.00\",\"after\":\"12730.50\"}}";
        String previous = ChainedEvent.GENESIS_HASH;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, "
                    + "action, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long seq = 1; seq <= count; seq++) {
                    Instant at = start.plusMillis(seq * 30_000);
                    var event = new ChainedEvent(seq, at, "clerk" + (seq % 40), "Booking", Long.toString(seq / 3), "UPDATE", changes,
                            seq % 50 == 0 ? "correction" : null, previous);
                    String hash = event.hash();
                    insert.setLong(1, seq);
                    insert.setObject(2, at.atOffset(ZoneOffset.UTC));
                    insert.setString(3, event.actor());
                    insert.setString(4, event.entityType());
                    insert.setString(5, event.entityId());
                    insert.setString(6, event.action());
                    insert.setString(7, event.changes());
                    insert.setString(8, event.reason());
                    insert.setString(9, previous);
                    insert.setString(10, hash);
                    insert.addBatch();
                    previous = hash;
                    if (seq % 5_000 == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, count);
                head.setString(2, previous);
                head.executeUpdate();
            }
            c.commit();
        }
    }
}
