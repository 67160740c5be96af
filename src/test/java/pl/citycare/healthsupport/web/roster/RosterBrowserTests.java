package pl.citycare.healthsupport.web.roster;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator plans a hotline shift; the psychologist sees it among their shifts. Runs in {@code CityCareBrowserIT}. */
public interface RosterBrowserTests {

    @Test
    default void theCoordinatorPlansAShiftSeesTheRestUncoveredAndThePsychologistSeesTheirShift(BrowserSession session) {
        WebDriver browser = session.driver();
        LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Warsaw")).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/roster.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Grafik dyżurów linii wsparcia");

        session.type("plan:date_input", tuesday.toString());
        browser.findElement(By.id("plan:date_input")).sendKeys(Keys.ESCAPE);
        var js = (JavascriptExecutor) browser;
        js.executeScript("PrimeFaces.getWidgetById('plan:psychologist').selectValue('hotline');");
        js.executeScript("PrimeFaces.getWidgetById('plan:from').selectValue('08:00');");
        js.executeScript("PrimeFaces.getWidgetById('plan:to').selectValue('14:00');");
        browser.findElement(By.id("plan:add")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Dodano dyżur.");
        String row = session.text(By.xpath("//table[@id='roster']//tr[th[contains(., '" + tuesday + "')]]"));
        assertThat(row).contains("08:00–14:00").contains("Helena Wiśniewska").contains("14:00–20:00");
        session.assertAccessible("duty roster");
        Chromium.screenshot(browser, "health-roster");
        session.signOut();

        session.signInAndWait("hotline", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/my-shifts.xhtml");
        assertThat(session.text(By.id("shifts"))).doesNotContain("Nie masz zaplanowanych dyżurów.");
        session.assertAccessible("my shifts");
    }
}
