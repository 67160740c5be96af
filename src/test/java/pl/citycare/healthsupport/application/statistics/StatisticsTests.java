package pl.citycare.healthsupport.application.statistics;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.client.Clients;
import pl.citycare.healthsupport.application.client.ClientsTests;
import pl.citycare.healthsupport.web.statistics.StatisticsExport;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.AsHealthCoordinator;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's statistics from the real tables, and small counts suppressed in the export. Runs in {@code CityCareIT}. */
public interface StatisticsTests {

    @Test
    default void aCentreWithThreeNewClientsShowsThreeOnTheSpotAndLessThanFiveInTheExport() throws Exception {
        String small = TestCentres.create();
        String large = TestCentres.create();
        TestCentres.assignPsychologist(small);
        TestCentres.assignPsychologist(large);
        AsCentrePsychologist psychologist = Beans.get(AsCentrePsychologist.class);
        for (int i = 0; i < 3; i++) {
            psychologist.call(() -> Beans.get(Clients.class).register(small, ClientsTests.facts(null, null)));
        }
        for (int i = 0; i < 5; i++) {
            psychologist.call(() -> Beans.get(Clients.class).register(large, ClientsTests.facts(null, null)));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

        HealthStatistics.YearStatistics figures = Beans.get(AsHealthCoordinator.class)
                .call(() -> Beans.get(HealthStatistics.class).of(today.getYear()));
        assertThat(figures.intakeByCentre().get(small)[today.getMonthValue() - 1]).isEqualTo(3);
        assertThat(figures.intakeByCentre().get(large)[today.getMonthValue() - 1]).isEqualTo(5);
        assertThat(figures.intakeTotal()).isGreaterThanOrEqualTo(8);

        String csv = new String(StatisticsExport.csv(figures, key -> key), StandardCharsets.UTF_8);
        String smallRow = csv.lines().filter(line -> line.startsWith(small + ",")).findFirst().orElseThrow();
        String largeRow = csv.lines().filter(line -> line.startsWith(large + ",")).findFirst().orElseThrow();
        assertThat(smallRow.split(",")[today.getMonthValue()]).isEqualTo("<5");
        assertThat(smallRow).endsWith(",<5");
        assertThat(largeRow.split(",")[today.getMonthValue()]).isEqualTo("5");
    }
}
