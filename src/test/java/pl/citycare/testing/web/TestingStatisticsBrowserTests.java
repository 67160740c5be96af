package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The testing clerk reads the season's statistics and takes them away as CSV. Runs in {@code CityCareBrowserIT}. */
public interface TestingStatisticsBrowserTests {

    @Test
    default void theSeasonsFiguresShowAndTheCsvHasTheSameTotals(BrowserSession session) {
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/statistics.xhtml");
        long tests = Long.parseLong(session.text(By.id("totalTests")));
        assertThat(tests).as("the demo season's samples of the last four weeks").isGreaterThanOrEqualTo(100);
        assertThat(session.text(By.id("byEmployer"))).contains("Plantacje Truskawek Proszowice (przykład)");
        session.assertAccessible("testing statistics");

        String csv = new String(session.download(By.id("stats:csv"), ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("Według pracodawcy").contains("Plantacje Truskawek Proszowice (przykład)");
        assertThat(csv).contains("Razem").as("the total row has the page's count").contains("," + tests + ",");
    }
}
