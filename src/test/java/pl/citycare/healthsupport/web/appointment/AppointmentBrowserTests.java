package pl.citycare.healthsupport.web.appointment;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A centre psychologist books an appointment and records that the client came. Runs in {@code CityCareBrowserIT}. */
public interface AppointmentBrowserTests {

    @Test
    default void aPsychologistBooksAnAppointmentIsRefusedADoubleBookingAndRecordsTheVisit(BrowserSession session) {
        WebDriver browser = session.driver();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Warsaw")).plusDays(1);
        String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear());
        String first = "CPPP1-" + year + "-00003"; // demo clients of CPPP1
        String second = "CPPP1-" + year + "-00001";

        session.signInAndWait("centre", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/appointments.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Wizyty");
        book(session, first, day);
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Umówiono wizytę dla " + first);

        book(session, second, day);
        assertThat(session.text(By.cssSelector("#booking .ui-message-error"))).contains("Psycholog ma już wizytę w tym czasie.");
        assertThat(browser.findElement(By.id("booking:clientCode")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo(second);
        session.assertAccessible("booking refused");

        session.type("calendar:weekStart_input", day.toString());
        browser.findElement(By.id("calendar:weekStart_input")).sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("calendar:show")).click();
        assertThat(session.text(By.id("calendar:week"))).contains(first).contains("zaplanowana");
        clickInRow(session, first, "Przyszedł");
        clickInRow(session, first, "Odbyta");
        assertThat(session.text(By.id("calendar:week"))).contains("odbyta");
        session.assertAccessible("appointments of the week");
        Chromium.screenshot(browser, "health-appointments");
    }

    private static void book(BrowserSession session, String client, LocalDate day) {
        WebDriver browser = session.driver();
        session.type("booking:clientCode", client);
        session.type("booking:date_input", day.toString());
        browser.findElement(By.id("booking:date_input")).sendKeys(Keys.ESCAPE);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                "booking:time", "10:00");
        browser.findElement(By.id("booking:book")).click();
    }

    private static void clickInRow(BrowserSession session, String client, String button) {
        session.visible(By.xpath("//tr[td//a[text()='" + client + "']]//button[normalize-space(.)='" + button + "']")).click();
        session.visible(By.cssSelector(".ui-messages-info"));
    }
}
