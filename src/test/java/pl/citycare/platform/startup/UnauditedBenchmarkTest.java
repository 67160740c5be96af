package pl.citycare.platform.startup;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.citycare.shared.audit.AuditTrail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's audit switch works only on a generated database, on a real (in-memory H2) one. */
class UnauditedBenchmarkTest {

    private final UnauditedBenchmark benchmark = new UnauditedBenchmark();
    private JdbcDataSource database;
    private Connection keptOpen; // an in-memory H2 database lives while a connection to it does

    @BeforeEach
    void database() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID());
        keptOpen = database.getConnection();
        benchmark.dataSource = database;
        benchmark.auditTrail = new AuditTrail();
    }

    @Test
    void aCityDatabaseKeepsItsTrailWhateverTheSettingSays() throws SQLException {
        keptOpen.createStatement().execute("CREATE TABLE audit_event (seq BIGINT)");
        benchmark.requested = true;

        assertThatThrownBy(benchmark::apply).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CITYCARE_BENCHMARK_UNAUDITED").hasMessageContaining("bench_generated");
        assertThat(benchmark.auditTrail.isSuspendedForBenchmark()).isFalse();
        keptOpen.close();
    }

    @Test
    void aGeneratedDatabaseMayRunWithoutItsTrailWhenAsked() throws SQLException {
        keptOpen.createStatement().execute("CREATE TABLE bench_generated (step VARCHAR(40))");
        benchmark.requested = true;

        benchmark.apply();

        assertThat(benchmark.auditTrail.isSuspendedForBenchmark()).isTrue();
        keptOpen.close();
    }

    @Test
    void withoutTheSettingEvenAGeneratedDatabaseIsAudited() throws SQLException {
        keptOpen.createStatement().execute("CREATE TABLE bench_generated (step VARCHAR(40))");

        benchmark.apply();

        assertThat(benchmark.requested()).isFalse();
        assertThat(benchmark.auditTrail.isSuspendedForBenchmark()).isFalse();
        keptOpen.close();
    }
}
