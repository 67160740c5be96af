package pl.citycare.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * Start-up step: a production start (demo data off) must name its database. The repository's defaults are an
 * H2 file under {@code ./data} with a password written in the repository, fine for a developer's machine and
 * for the demo; a container started without {@code CITYCARE_DB_URL} would otherwise keep the city's records in
 * a throw-away file that the next image replaces. Such a start stops here, NOT READY, with what to set.
 */
@ApplicationScoped
public class ProductionDatabaseCheck {

    /** The repository's default database, as {@code META-INF/microprofile-config.properties} gives it. */
    static final String REPOSITORY_URL = "jdbc:h2:file:./data/citycare;LOCK_TIMEOUT=10000";
    /** The repository's default database password, known to anyone who reads the repository. */
    static final String REPOSITORY_PASSWORD = "local-h2-only";

    @Inject
    @ConfigProperty(name = "citycare.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "citycare.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "citycare.db.password", defaultValue = "")
    String password;

    /** @throws IllegalStateException saying what to set, when a production start would use the repository's defaults */
    public void verify() {
        List<String> problems = problems(demoData, url, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    static List<String> problems(boolean demoData, String url, String password) {
        var problems = new ArrayList<String>();
        if (demoData) {
            return problems;
        }
        if (url == null || url.isBlank() || REPOSITORY_URL.equals(url.strip())) {
            problems.add("a production start (CITYCARE_DEMO_DATA=false) needs its database: set CITYCARE_DB_URL, "
                    + "CITYCARE_DB_DATASOURCE_CLASS, CITYCARE_DB_USER and CITYCARE_DB_PASSWORD (README, Configuration) "
                    + "instead of the repository's throw-away H2 file");
        }
        if (REPOSITORY_PASSWORD.equals(password)) {
            problems.add("CITYCARE_DB_PASSWORD is the repository's default password: set the database's own from the "
                    + "secret store");
        }
        return problems;
    }
}
