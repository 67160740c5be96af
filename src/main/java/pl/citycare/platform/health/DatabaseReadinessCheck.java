package pl.citycare.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import pl.citycare.platform.persistence.DatabaseMigration;
import pl.citycare.platform.startup.StartupStatus;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Ready only once the start-up sequence completed and while the database answers a query: a load
 * balancer stops sending clerks to an instance that failed to start or lost its database.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private StartupStatus startup;

    @Inject
    private AuditTrail auditTrail;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database")
                .withData("startup", startup.phase().name().toLowerCase(java.util.Locale.ROOT));
        if (startup.phase() != StartupStatus.Phase.READY) {
            startup.failure().ifPresent(reason -> response.withData("reason", reason));
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM app_user")) {
            rs.next();
            if (auditTrail.isSuspendedForBenchmark()) {
                response.withData("auditTrail", "off: benchmark database"); // said wherever the node is watched
            }
            return response.up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", migration.schemaVersion())
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
