package pl.citycare.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before anything else touches the database.
 * <p>
 * The schema is owned by the migrations in {@code db/migration}; EclipseLink never generates DDL.
 * Flyway takes a database lock, so several cluster members starting together migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway runs its own transactions
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private AuditTrail auditTrail;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        auditTrail.prepare(); // before any start-up bean writes an audited record: see AuditTrail.prepare
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    /** The schema version the migrations reached at start-up. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
