package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;
import pl.citycare.testing.domain.site.TestSite;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A testing clerk opens a test site, plans a day of slots, books a demo employer's whole group from the
 * calendar, and moves one of its workers to another slot by passport. Runs in {@code CityCareBrowserIT}.
 */
public interface SlotBrowserTests {

    /** A demo employer whose workers the demo data books nowhere. */
    String UNBOOKED_EMPLOYER = "Przetwórnia Owoców Skawina S.A. (przykład)";

    /** On a test site's page: plans one day's slots of {@code capacity} places and waits for the answer. */
    static void planDay(BrowserSession session, LocalDate day, int capacity, String answer) {
        session.typeDate("plan:from", day.toString());
        session.typeDate("plan:to", day.toString());
        WebElement places = session.visible(By.id("plan:capacity_input"));
        places.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(capacity));
        session.driver().findElement(By.id("plan:planSlots")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".ui-messages-info")).getText().contains(answer));
    }

    @Test
    default void aClerkPlansSlotsBooksAGroupAndMovesAWorker(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/sites.xhtml");
        assertThat(session.text(By.id("list"))).contains("Punkt pobrań Kopernika (przykład)").contains("mobilny");
        session.visible(By.id("new")).click();

        String name = "Punkt Testowy " + System.nanoTime();
        session.type("site:name", name);
        browser.findElement(By.id("site:save")).click();
        assertThat(session.text(By.cssSelector("[id='site:address'] ~ .ui-message-error"))).contains("adresu");
        session.type("site:address", "ul. Zielona 2, Kraków");
        browser.findElement(By.id("site:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano punkt pobrań.");

        // Next week's Wednesday, 08:00–16:00 in 15-minute slots of two: 32 slots, 64 places.
        LocalDate day = LocalDate.now(TestSite.ZONE).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        planDay(session, day, 2, "32 nowych, 0 już istniało");
        session.assertAccessible("test site with planned slots");

        String siteId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        session.open("/testing/slots.xhtml?site=" + siteId + "&week=" + day);
        assertThat(session.text(By.id("calendar"))).contains("08:00–08:15 · wolne 2/2").contains("15:45–16:00 · wolne 2/2");
        session.assertAccessible("slot calendar");
        browser.findElement(By.linkText("08:00–08:15 · wolne 2/2")).click();

        session.choose("group:employer", UNBOOKED_EMPLOYER);
        browser.findElement(By.id("group:bookGroup")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Zapisano: 60; już zapisanych: 0; bez miejsca: 0."));
        assertThat(session.text(By.id("free"))).isEqualTo("0");
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='bookedForm:booked_data'] tr"));
        assertThat(rows).hasSize(2);
        String passport = rows.get(0).findElements(By.tagName("td")).get(1).getText().trim();
        session.assertAccessible("slot with a booked group");

        session.open("/testing/slots.xhtml?site=" + siteId + "&week=" + day);
        assertThat(session.text(By.id("calendar"))).contains("08:00–08:15 · wolne 0/2").contains("15:30–15:45 · wolne 2/2");
        browser.findElement(By.linkText("15:45–16:00 · wolne 2/2")).click();
        session.type("booking:passport", passport);
        browser.findElement(By.id("booking:book")).click();
        assertThat(session.text(By.cssSelector("[id='booking:passport'] ~ .ui-message-error"))).contains("już zapisany na inny termin");
        assertThat(session.text(By.id("booking:elsewhere"))).contains("08:00");
        session.visible(By.id("booking:move")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("bookedForm:booked")).getText().contains(passport));
        assertThat(session.text(By.id("free"))).isEqualTo("1");
        Chromium.screenshot(browser, "testing-slot");

        session.open("/testing/slots.xhtml?site=" + siteId + "&week=" + day);
        assertThat(session.text(By.id("calendar"))).contains("08:00–08:15 · wolne 1/2").contains("15:45–16:00 · wolne 1/2");
    }
}
