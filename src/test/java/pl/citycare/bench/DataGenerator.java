package pl.citycare.bench;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import pl.citycare.platform.crypto.GeneratorSealing;
import pl.citycare.shared.audit.AuditChainVerifier;
import pl.citycare.shared.audit.ChainVerification;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Fills a CityCare database with a city's worth of records (issue 11): employers and workers, a million samples
 * with their slots and bookings, hotline calls, centre clients and appointments, procurement contracts, and two
 * million audit events continuing the hash chain. Not a test: {@code ./mvnw -Pgenerate} runs it (see
 * docs/benchmarks.md). Runs Flyway first, so an empty database will do; never needs the application running.
 * <p>
 * Each step reserves id ranges past the tables' largest ids and their sequences, and records itself in
 * {@code bench_generated}: a step done with the same seed and scale is skipped; an interrupted one is removed (by
 * its id ranges) and written again; the audit step, which may not delete from the chain, continues instead.
 */
public final class DataGenerator {

    private static final String MARKERS = "CREATE TABLE IF NOT EXISTS bench_generated ("
            + "step VARCHAR(40) NOT NULL PRIMARY KEY, seed BIGINT NOT NULL, scale VARCHAR(20) NOT NULL, "
            + "rows_total BIGINT NOT NULL, rows_done BIGINT NOT NULL, id_ranges VARCHAR(4000) NOT NULL, "
            + "started_at TIMESTAMP WITH TIME ZONE NOT NULL, finished_at TIMESTAMP WITH TIME ZONE, seconds NUMERIC(10, 1))";

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("generate.url", "jdbc:h2:file:./data/citycare;LOCK_TIMEOUT=10000");
        String user = property("generate.user", url.startsWith("jdbc:h2:") ? "citycare" : "postgres");
        String password = property("generate.password", url.startsWith("jdbc:h2:") ? "local-h2-only" : "");
        long seed = Long.getLong("generate.seed", 2026);
        double scale = Double.parseDouble(System.getProperty("generate.scale", "1.0"));
        LocalDate lastDay = LocalDate.parse(System.getProperty("generate.until", "2026-11-20"));
        boolean verify = Boolean.parseBoolean(System.getProperty("generate.verify", "true"));
        DataSource dataSource = dataSource(url, user, password);

        long start = System.nanoTime();
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) { // H2: DATABASE_ALREADY_OPEN
                System.err.println("The H2 database " + url + " is in use by another process, most likely a running CityCare. "
                        + "Stop the application (H2 file databases allow one process) and run the generator again.");
                System.exit(2);
            }
            throw e;
        }
        System.out.printf(Locale.ROOT, "Generating into %s (seed %d, scale %s, up to %s)%n", url, seed, scale, lastDay);
        var migration = Flyway.configure(DataGenerator.class.getClassLoader()).dataSource(dataSource)
                .locations(pl.citycare.platform.persistence.DatabaseMigration.locations(dataSource)).load().migrate();
        System.out.printf("Schema migrated (%d migrations applied now)%n", migration.migrationsExecuted);

        try (var db = new Database(connection)) {
            db.execute(MARKERS);
            db.connection.commit();
            Optional<GeneratorSealing> sealing = GeneratorSealing.fromEnvironmentOr(
                    Path.of(System.getProperty("generate.key-file", "./data/encryption-keys.properties")));
            if (sealing.isEmpty()) {
                System.out.println("No CITYCARE_CRYPTO_KEYS and no demo key file: generated clients get no (sealed) name or phone");
            }
            var context = new Context(db, seed, scale, lastDay, sealing);
            var summary = new ArrayList<String>();
            for (Step step : steps(context)) {
                summary.add(run(context, step));
            }
            System.out.printf(Locale.ROOT, "All steps done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            summary.forEach(System.out::println);
            if (db.postgres) {
                // Fresh statistics and visibility map: without them the planner guesses a tenth of the rows and a
                // count cannot use an index-only scan (the first benchmark on this data ran before autovacuum did).
                long vacuumStart = System.nanoTime();
                db.connection.setAutoCommit(true);
                db.execute("VACUUM (ANALYZE)");
                System.out.printf(Locale.ROOT, "VACUUM (ANALYZE) in %.1f s%n", (System.nanoTime() - vacuumStart) / 1e9);
            }
        }
        if (verify) {
            long verifyStart = System.nanoTime();
            ChainVerification verdict = new AuditChainVerifier(dataSource).verify(null, null, checked -> {
                if (checked % 500_000 == 0) {
                    System.out.printf(Locale.ROOT, "[verify      ] %,d events checked%n", checked);
                }
            });
            System.out.printf(Locale.ROOT, "Audit chain: %s (%,d events, %.1f s)%n", verdict.intact() ? "intact" : "BROKEN " + verdict,
                    verdict.eventsChecked(), (System.nanoTime() - verifyStart) / 1e9);
            if (!verdict.intact()) {
                System.exit(1);
            }
        }
    }

    /** A system property; blank counts as not given (the Maven profile passes every property, empty when unset). */
    private static String property(String name, String otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static List<Step> steps(Context context) {
        var workers = new WorkersStep(context);
        return List.of(new EmployersStep(context), workers, new SamplesStep(context, workers), new HotlineStep(context),
                new CentreStep(context), new ProcurementStep(context), new AuditStep(context, workers));
    }

    private static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            var pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        var h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    /** Runs, skips, resumes or cleans and reruns one step; returns its summary line. */
    private static String run(Context context, Step step) throws SQLException {
        Database db = context.db;
        String scale = Double.toString(context.scale);
        List<Object> row = db.column("SELECT seed || ' ' || scale || ' ' || rows_done || ' ' || id_ranges || ' ' "
                + "|| CASE WHEN finished_at IS NULL THEN 'running' ELSE 'finished' END FROM bench_generated WHERE step = ?", step.name);
        long from = 0;
        if (row.isEmpty()) {
            var ranges = new StringBuilder();
            for (Step.Table t : step.tables()) {
                if (t.sequence() != null) {
                    long base = db.reserve(t.table(), t.sequence(), t.reserve());
                    context.range(t.table(), base, t.reserve());
                    ranges.append(t.table()).append(':').append(base).append(':').append(t.reserve()).append(';');
                }
            }
            db.update("INSERT INTO bench_generated (step, seed, scale, rows_total, rows_done, id_ranges, started_at) "
                    + "VALUES (?, ?, ?, ?, 0, ?, ?)", step.name, context.seed, scale, step.total(), ranges.toString(),
                    Instant.now().atOffset(java.time.ZoneOffset.UTC));
            db.connection.commit();
        } else {
            String[] marker = ((String) row.get(0)).split(" ");
            if (Long.parseLong(marker[0]) != context.seed || !marker[1].equals(scale)) {
                throw new IllegalStateException("Step " + step.name + " was generated with seed " + marker[0] + " and scale "
                        + marker[1] + ": use a fresh database (or the same -Dgenerate.seed and -Dgenerate.scale)");
            }
            for (String range : marker[3].split(";")) {
                if (!range.isEmpty()) {
                    String[] parts = range.split(":");
                    context.range(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                }
            }
            if (marker[4].equals("finished")) {
                System.out.printf(Locale.ROOT, "[%-12s] already generated with seed %d: skipped%n", step.name, context.seed);
                return String.format(Locale.ROOT, "  %-12s skipped (done before)", step.name);
            }
            if (step.resumable()) {
                from = Long.parseLong(marker[2]);
                System.out.printf(Locale.ROOT, "[%-12s] interrupted before: continuing after row %,d%n", step.name, from);
            } else {
                System.out.printf(Locale.ROOT, "[%-12s] interrupted before: removing its rows and writing them again%n", step.name);
                List<Step.Table> tables = new ArrayList<>(step.tables());
                java.util.Collections.reverse(tables);
                for (Step.Table t : tables) {
                    long base = context.base(t.rangeOf());
                    long count = step.tables().stream().filter(p -> p.table().equals(t.rangeOf())).findFirst().orElseThrow().reserve();
                    db.update("DELETE FROM " + t.table() + " WHERE " + t.column() + " BETWEEN ? AND ?", base, base + count - 1);
                }
                db.connection.commit();
            }
        }
        var run = new Run(context, step, from);
        step.generate(run, from);
        double seconds = run.finish();
        db.update("UPDATE bench_generated SET finished_at = ?, seconds = ? WHERE step = ?",
                Instant.now().atOffset(java.time.ZoneOffset.UTC), java.math.BigDecimal.valueOf(Math.round(seconds * 10) / 10.0), step.name);
        db.connection.commit();
        return String.format(Locale.ROOT, "  %-12s %,11d rows  %8.1f s", step.name, step.total(), seconds);
    }
}
