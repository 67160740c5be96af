package pl.citycare.platform.persistence;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionDatabaseCheckTest {

    private static final String PG = "jdbc:postgresql://db.internal:5432/citycare";

    @Test
    void theCheckKnowsTheRepositoryDefaultsAsTheConfigurationGivesThem() throws Exception {
        var defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("citycare.db.url")).isEqualTo(ProductionDatabaseCheck.REPOSITORY_URL);
        assertThat(defaults.getProperty("citycare.db.password")).isEqualTo(ProductionDatabaseCheck.REPOSITORY_PASSWORD);
        assertThat(defaults.getProperty("citycare.demo-data")).as("production is the default").isEqualTo("false");
    }

    @Test
    void aProductionStartOnTheRepositoryDefaultsIsRefusedWithWhatToSet() {
        assertThat(ProductionDatabaseCheck.problems(false, ProductionDatabaseCheck.REPOSITORY_URL, ProductionDatabaseCheck.REPOSITORY_PASSWORD))
                .hasSize(2).anySatisfy(p -> assertThat(p).contains("CITYCARE_DB_URL"))
                .anySatisfy(p -> assertThat(p).contains("CITYCARE_DB_PASSWORD is the repository's default password"));
        assertThat(ProductionDatabaseCheck.problems(false, PG, ProductionDatabaseCheck.REPOSITORY_PASSWORD)).singleElement()
                .satisfies(p -> assertThat(p).contains("default password"));
        assertThat(ProductionDatabaseCheck.problems(false, " " + ProductionDatabaseCheck.REPOSITORY_URL + " ", "s3cret")).singleElement()
                .satisfies(p -> assertThat(p).contains("CITYCARE_DB_URL"));
        assertThat(ProductionDatabaseCheck.problems(false, null, "s3cret")).hasSize(1);
    }

    @Test
    void aNamedDatabaseWithItsOwnPasswordOrTheDemoStarts() {
        assertThat(ProductionDatabaseCheck.problems(false, PG, "s3cret")).isEmpty();
        assertThat(ProductionDatabaseCheck.problems(false, "jdbc:h2:file:/var/lib/citycare/db", "s3cret"))
                .as("H2 where the operator chose it").isEmpty();
        assertThat(ProductionDatabaseCheck.problems(true, ProductionDatabaseCheck.REPOSITORY_URL, ProductionDatabaseCheck.REPOSITORY_PASSWORD))
                .as("the demo and the test suites").isEmpty();
    }
}
