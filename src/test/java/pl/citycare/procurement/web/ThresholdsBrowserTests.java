package pl.citycare.procurement.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator adds the next national threshold period in Chromium; a buyer only reads. Runs in {@code CityCareBrowserIT}. */
public interface ThresholdsBrowserTests {

    @Test
    default void theAdministratorAddsANextPeriodAndAnEuroAmountWithoutARateIsExplainedBesideTheRate(BrowserSession session) {
        WebDriver browser = session.driver();
        var js = (JavascriptExecutor) browser;
        session.signInAndWait("buyer", DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/thresholds.xhtml");
        assertThat(session.text(By.id("periods"))).contains("próg krajowy").contains("4,2693");
        assertThat(browser.findElements(By.id("period"))).as("a buyer reads, the administrator keeps the dictionary").isEmpty();
        session.signOut();

        session.signInAndWait("admin", DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/thresholds.xhtml");
        js.executeScript("PrimeFaces.getWidgetById('period:kind').selectValue('NATIONAL');");
        session.typeDate("period:validFrom", "2027-01-01");
        session.type("period:amount_input", "31000");
        js.executeScript("PrimeFaces.getWidgetById('period:currency').selectValue('EUR');");
        browser.findElement(By.id("period:add")).click();

        assertThat(session.text(By.cssSelector("[id='period:eurRate'] ~ .ui-message-error"))).contains("Podaj kurs PLN/EUR");
        assertThat(browser.findElement(By.id("period:amount_input")).getAttribute("value").replaceAll("\\s", "")).isEqualTo("31000,00");
        session.assertAccessible("threshold period without a rate");

        session.type("period:eurRate_input", "4,5");
        browser.findElement(By.id("period:add")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Dodano okres");
        assertThat(session.text(By.id("periods"))).contains("2027-01-01").contains("2026-12-31");
        session.assertAccessible("thresholds");
    }
}
