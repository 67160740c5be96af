package pl.citycare.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.shared.persistence.CityCareDataSource;

import java.sql.Connection;

/**
 * The connection pool, configured from MicroProfile Config.
 * <p>
 * Payara resolves {@code ${MPCONFIG=...}} when it creates the pool, so the environment variables
 * {@code CITYCARE_DB_URL}, {@code CITYCARE_DB_USER}, {@code CITYCARE_DB_PASSWORD} and
 * {@code CITYCARE_DB_DATASOURCE_CLASS} override the H2 defaults in
 * {@code META-INF/microprofile-config.properties}; the same WAR runs on H2 and PostgreSQL.
 */
@DataSourceDefinition(
        name = CityCareDataSource.JNDI_NAME,
        className = "${MPCONFIG=citycare.db.datasource-class}",
        url = "${MPCONFIG=citycare.db.url}",
        user = "${MPCONFIG=citycare.db.user}",
        password = "${MPCONFIG=citycare.db.password}",
        // Pinned, not left to each driver: the audit chain's short lock at commit relies on it.
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {
}
