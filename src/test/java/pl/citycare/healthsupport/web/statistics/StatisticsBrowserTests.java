package pl.citycare.healthsupport.web.statistics;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator reads the programme's statistics in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface StatisticsBrowserTests {

    @Test
    default void theCoordinatorSeesClientsPerCentreTheHourHeatMapAndTheSuppressionRule(BrowserSession session) {
        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/statistics.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Statystyki programu wsparcia");
        String intake = session.text(By.id("intake"));
        assertThat(intake).contains("CPPP1"); // the three demo clients, at least
        assertThat(session.text(By.id("groups"))).contains("przemoc domowa");
        assertThat(session.driver().findElements(By.cssSelector("#heat tbody tr"))).hasSize(7);
        assertThat(session.text(By.id("heat"))).contains("poniedziałek").contains("niedziela");
        assertThat(session.text(By.cssSelector(".hint"))).contains("„<5”");
        session.assertAccessible("health statistics");
        Chromium.screenshot(session.driver(), "health-statistics");
    }
}
