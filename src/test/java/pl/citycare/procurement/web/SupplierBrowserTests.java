package pl.citycare.procurement.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.citycare.procurement.application.SuppliersTests;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/** A procurement clerk registers a supplier in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface SupplierBrowserTests {

    @Test
    default void aWrongNipIsExplainedBesideTheFieldAndASecondRegistrationPointsToTheFirst(BrowserSession session) {
        WebDriver browser = session.driver();
        String nip = SuppliersTests.freshNip();
        String wrong = nip.substring(0, 9) + ((nip.charAt(9) - '0' + 1) % 10);
        session.signInAndWait("buyer", pl.citycare.platform.demo.DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/suppliers.xhtml");
        assertThat(session.text(By.id("suppliers:list"))).contains("(przykład)"); // the demo suppliers
        session.visible(By.id("suppliers:new")).click();

        session.type("supplier:name", "Sprzęt Ratunkowy sp. z o.o.");
        session.type("supplier:nip", wrong);
        session.type("supplier:address", "ul. Testowa 5, 31-000 Kraków");
        browser.findElement(By.id("supplier:save")).click();
        assertThat(session.text(By.cssSelector("[id='supplier:nip'] ~ .ui-message-error"))).contains("Nieprawidłowy NIP");
        assertThat(browser.findElement(By.id("supplier:name")).getAttribute("value")).isEqualTo("Sprzęt Ratunkowy sp. z o.o.");
        session.assertAccessible("supplier with a wrong NIP");

        session.type("supplier:nip", nip);
        browser.findElement(By.id("supplier:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano dostawcę.");
        String first = browser.getCurrentUrl();

        session.open("/procurement/supplier.xhtml");
        session.type("supplier:name", "Ta sama firma");
        session.type("supplier:nip", nip);
        session.type("supplier:address", "ul. Inna 1, Kraków");
        browser.findElement(By.id("supplier:save")).click();
        assertThat(session.text(By.cssSelector("[id='supplier:nip'] ~ .ui-message-error"))).contains("jest już zarejestrowany");
        session.visible(By.id("supplier:existing")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(first);
        assertThat(browser.findElement(By.id("supplier:name")).getAttribute("value")).isEqualTo("Sprzęt Ratunkowy sp. z o.o.");
        Chromium.screenshot(browser, "procurement-supplier");
    }
}
