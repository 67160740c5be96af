package pl.citycare.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Start-up step for one benchmark only: issue 11 compares clerks' writes with the audit trail and the same writes
 * without it. {@code CITYCARE_BENCHMARK_UNAUDITED=true} suspends the trail until the next start, and is refused
 * (the node stays NOT READY) unless the database is one the data generator made: it holds the generator's
 * {@code bench_generated} table, which no migration creates. A city's database cannot lose its trail by a setting.
 */
@ApplicationScoped
public class UnauditedBenchmark {

    /** The table only {@code pl.citycare.bench.DataGenerator} creates. */
    static final String GENERATED_MARKER = "bench_generated";

    @Inject
    @ConfigProperty(name = "citycare.benchmark.unaudited", defaultValue = "false")
    boolean requested;

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditTrail auditTrail;

    /** Whether this start asked for the switch (the start-up sequence adds the step only then). */
    public boolean requested() {
        return requested;
    }

    /** @throws IllegalStateException when asked for on a database the generator did not make */
    public void apply() {
        if (!requested) {
            return;
        }
        if (!generatedDatabase(dataSource)) {
            throw new IllegalStateException("CITYCARE_BENCHMARK_UNAUDITED=true is refused: only a database made by the "
                    + "benchmark data generator (table " + GENERATED_MARKER + ") may run without its audit trail");
        }
        auditTrail.suspendForBenchmark();
    }

    static boolean generatedDatabase(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            // unquoted names: H2 keeps them in upper case, PostgreSQL in lower case
            for (String name : new String[] {GENERATED_MARKER, GENERATED_MARKER.toUpperCase(Locale.ROOT)}) {
                try (ResultSet tables = metadata.getTables(null, null, name, new String[] {"TABLE"})) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether this is a benchmark database", e);
        }
    }
}
