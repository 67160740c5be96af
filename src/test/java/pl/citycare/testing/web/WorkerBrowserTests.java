package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.procurement.application.SuppliersTests;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;
import pl.citycare.testing.application.WorkersTests;
import pl.citycare.testing.domain.worker.UkrainianLatin;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A testing clerk registers an employer with a work site and one of its workers from the Cyrillic name,
 * then finds the worker by typing the Cyrillic surname. Runs in {@code CityCareBrowserIT}.
 */
public interface WorkerBrowserTests {

    /** A Ukrainian-looking surname no other test uses. */
    static String freshCyrillicSurname() {
        String[] syllables = {"Ко", "ва", "лен", "Щу", "ря", "Зг", "ою", "Ї", "жак", "єв", "чук", "Бо"};
        var random = new Random();
        var name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(syllables[random.nextInt(syllables.length)].toLowerCase(Locale.ROOT));
        }
        name.append("енко");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    default void aClerkRegistersAnEmployerAndAWorkerFromTheCyrillicNameAndFindsHimInEitherScript(BrowserSession session) {
        WebDriver browser = session.driver();
        String nip = SuppliersTests.freshNip();
        String wrong = nip.substring(0, 9) + ((nip.charAt(9) - '0' + 1) % 10);
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/employers.xhtml");
        assertThat(session.text(By.id("employers:list"))).contains("(przykład)"); // the demo employers
        session.assertAccessible("employers");
        session.visible(By.id("employers:new")).click();

        session.type("employer:name", "Sady Testowe Bronowice");
        session.type("employer:nip", wrong);
        session.type("employer:address", "ul. Sadowa 1, 30-001 Kraków");
        session.type("employer:contactPerson", "Anna Sadowa");
        session.type("employer:contactPhone", "12 345 67 89");
        browser.findElement(By.id("employer:save")).click();
        assertThat(session.text(By.cssSelector("[id='employer:nip'] ~ .ui-message-error"))).contains("Nieprawidłowy NIP");
        assertThat(browser.findElement(By.id("employer:contactPerson")).getAttribute("value")).isEqualTo("Anna Sadowa");
        session.type("employer:nip", nip);
        browser.findElement(By.id("employer:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano pracodawcę.");

        session.type("sites:siteName", "Sad Bronowice");
        session.type("sites:siteAddress", "ul. Jabłoniowa 3, Kraków");
        browser.findElement(By.id("sites:addSite")).click();
        session.await().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("sites:siteList")).getText().contains("Sad Bronowice"));
        session.assertAccessible("employer with a work site");

        session.visible(By.id("employer:workers")).click();
        session.visible(By.id("workers:new")).click();
        String cyrillic = freshCyrillicSurname();
        String latin = UkrainianLatin.of(cyrillic).toUpperCase(Locale.ROOT);
        session.type("worker:surnameCyrillic", cyrillic);
        browser.findElement(By.id("worker:surnameCyrillic")).sendKeys(Keys.TAB);
        session.await().ignoring(StaleElementReferenceException.class).until(d -> latin.equals(d.findElement(By.id("worker:surname")).getAttribute("value")));
        session.type("worker:givenNamesCyrillic", "Юлія");
        browser.findElement(By.id("worker:givenNamesCyrillic")).sendKeys(Keys.TAB);
        session.await().ignoring(StaleElementReferenceException.class).until(d -> "YULIIA".equals(d.findElement(By.id("worker:givenNames")).getAttribute("value")));
        session.typeDate("worker:birthDate", "2020-01-01"); // too young: refused beside the field
        String passport = WorkersTests.freshPassport();
        session.type("worker:passport", passport);
        browser.findElement(By.id("worker:save")).click();
        assertThat(session.text(By.cssSelector("[id='worker:birthDate'] ~ .ui-message-error"))).contains("co najmniej 15");
        assertThat(browser.findElement(By.id("worker:surnameCyrillic")).getAttribute("value")).isEqualTo(cyrillic);
        session.assertAccessible("worker form with an error");
        session.typeDate("worker:birthDate", "1994-06-30");
        browser.findElement(By.id("worker:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano pracownika.");

        session.open("/testing/workers.xhtml");
        session.type("workers:text", cyrillic);
        browser.findElement(By.id("workers:search")).click();
        session.await().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("workers:list")).getText().contains(latin + " YULIIA"));
        assertThat(session.text(By.id("workers:list"))).contains(passport).contains("Sady Testowe Bronowice").contains(cyrillic + " Юлія");
        session.assertAccessible("workers found by a Cyrillic name");
        Chromium.screenshot(browser, "testing-workers");
    }
}
