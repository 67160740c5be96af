package pl.citycare.healthsupport.web.hotline;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;
import pl.citycare.support.UserFixtureServlet;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreed callback, overdue, stands out on the home page and is worked from the queue. Runs in {@code CityCareBrowserIT}. */
public interface CallbackBrowserTests {

    DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static void pick(WebDriver browser, String menuId, String value) {
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                menuId, value);
    }

    private static void typeTime(BrowserSession session, String id, LocalDateTime time) {
        session.typeDate(id, time.format(MINUTES));
    }

    @Test
    default void anOverdueCallbackStandsOutAndIsDoneFromTheQueue(BrowserSession session) {
        WebDriver browser = session.driver();
        String caller = "Ola" + UUID.randomUUID().toString().substring(0, 4);
        session.signInAndWait(session.newUser("HOTLINE_PSYCHOLOGIST"), UserFixtureServlet.PASSWORD);
        session.open("/healthsupport/call.xhtml");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Warsaw")).truncatedTo(ChronoUnit.MINUTES);
        typeTime(session, "call:startedAt", now.minusMinutes(40));
        session.type("call:duration_input", "15");
        pick(browser, "call:outcome", "CALLBACK_AGREED");
        session.type("call:callerFirstName", caller);
        session.type("call:callerPhone", "600 123 456");
        typeTime(session, "call:callbackAt", now.minusMinutes(10));
        browser.findElement(By.id("call:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).startsWith("Zapisano rozmowę nr");

        session.open("/index.xhtml");
        assertThat(session.text(By.cssSelector(".notice"))).matches("Oddzwonienia po terminie: \\d+");
        session.assertAccessible("home with an overdue callback");
        browser.findElement(By.cssSelector(".notice a")).click();

        By row = By.xpath("//tr[td[normalize-space(.)='" + caller + "']]");
        assertThat(session.text(row)).contains("po terminie").contains("600 123 456").contains("0 / 3");
        session.assertAccessible("callback queue");
        Chromium.screenshot(browser, "health-callbacks");
        browser.findElement(row).findElement(By.xpath(".//button[contains(@id, ':done')]")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano: oddzwoniono.");
        assertThat(browser.findElements(row)).isEmpty();
    }
}
