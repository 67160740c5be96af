package pl.citycare.reliability;

import org.postgresql.ds.PGSimpleDataSource;
import pl.citycare.shared.audit.AuditChainVerifier;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the fault tests make their scratch databases on: {@code faults.pg.server} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), {@code faults.pg.user} (postgres), {@code faults.pg.password}.
 */
record FaultDatabase(String server, String user, String password) {

    static FaultDatabase fromSystemProperties() {
        return new FaultDatabase(System.getProperty("faults.pg.server", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("faults.pg.user", "postgres"), System.getProperty("faults.pg.password", ""));
    }

    /** An empty database of this name (dropped first if a previous run left it); answers its JDBC URL. */
    String recreate(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
        return server + database;
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Whether the audit chain in that database verifies from its first event to its head. */
    boolean chainIntact(String url) {
        var source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        return new AuditChainVerifier(source).verify().intact();
    }
}
