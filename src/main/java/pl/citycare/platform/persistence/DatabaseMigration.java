package pl.citycare.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway, as the first step of the start-up sequence
 * ({@code pl.citycare.platform.startup.ApplicationStartup}), before anything else touches the database.
 * <p>
 * The schema is owned by the migrations in {@code db/migration}; EclipseLink never generates DDL.
 * Flyway takes a database lock, so several cluster members starting together migrate once.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Where the migrations are for this database: the common ones, then the database's own (db/vendor/postgresql,
     * db/vendor/h2: a PostgreSQL index type H2 lacks). They share one numbering: a version is used either in
     * db/migration or in every db/vendor folder.
     */
    public static String[] locations(DataSource dataSource) {
        String vendor;
        try (Connection connection = dataSource.getConnection()) {
            vendor = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell which database the migrations are for", e);
        }
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + (vendor.contains("postgres") ? "postgresql" : "h2")};
    }

    private volatile String schemaVersion;

    /** Runs outside any transaction: Flyway commits each migration itself. */
    public void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    /** The schema version the migrations reached at start-up. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
