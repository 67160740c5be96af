package pl.citycare.healthsupport.web.client;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A centre psychologist takes in a client in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface ClientIntakeBrowserTests {

    @Test
    default void intakeKeepsWhatWasTypedOnAnErrorThenGivesTheClientTheirCode(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("centre", DemoUsers.DEMO_PASSWORD); // the demo psychologist of CPPP1
        session.open("/healthsupport/clients.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Klienci centrum");
        int year = LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear();
        assertThat(session.text(By.id("clients:rows"))).contains("CPPP1-" + year + "-0000");

        session.visible(By.id("clients:new")).click();
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Nowy klient (przyjęcie)");
        session.visible(By.cssSelector("label[for='client:targetGroups:0']")).click();
        assertThat(browser.findElement(By.id("client:targetGroups:0")).isSelected()).isTrue();
        session.type("client:name", "Anna Przykładowa");
        session.type("client:phone", "+48 600 200 300");
        browser.findElement(By.id("client:save")).click();

        assertThat(session.text(By.cssSelector("[id='client:consentGivenOn'] ~ .ui-message-error, .call-grid .ui-message-error")))
                .contains("Podaj datę, w której klient wyraził zgodę");
        assertThat(browser.findElement(By.id("client:name")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Anna Przykładowa");
        assertThat(browser.findElement(By.id("client:targetGroups:0")).isSelected()).isTrue();
        session.assertAccessible("client intake with an error");

        session.type("client:consentGivenOn_input", LocalDate.now(ZoneId.of("Europe/Warsaw")).toString());
        browser.findElement(By.id("client:consentGivenOn_input")).sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("client:save")).click();

        String code = session.text(By.id("clientCode"));
        assertThat(code).matches("CPPP1-" + year + "-\\d{5}");
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Klient przyjęty z kodem " + code);
        assertThat(browser.findElement(By.id("client:name")).getAttribute("value")).isEqualTo("Anna Przykładowa");
        assertThat(browser.getCurrentUrl()).contains("code=" + code).doesNotContain("Anna");
        session.assertAccessible("client record");
        Chromium.screenshot(browser, "health-client-registered");

        session.open("/healthsupport/clients.xhtml");
        assertThat(session.text(By.id("clients:rows"))).contains(code).contains("przemoc domowa").doesNotContain("Anna");
    }

    @Test
    default void anotherCentresClientCannotBeOpenedByItsCodeInTheUrl(BrowserSession session) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(session.base().resolve("/it-fixtures/clients?centre=CPPP2&name=Bogna"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        String elsewhere = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body().trim();
        assertThat(elsewhere).startsWith("CPPP2-");

        session.signInAndWait("centre", DemoUsers.DEMO_PASSWORD); // works at CPPP1 only
        session.open("/healthsupport/client.xhtml?code=" + elsewhere);
        assertThat(session.text(By.cssSelector(".ui-messages-error"))).contains("W Twoich centrach nie ma klienta o tym kodzie.");
        assertThat(session.driver().getPageSource()).doesNotContain("Bogna");
        assertThat(session.driver().findElements(By.id("notes:body"))).as("no notes form either").isEmpty();

        for (String coordinatorsPage : java.util.List.of("/healthsupport/statistics.xhtml", "/healthsupport/retention.xhtml",
                "/healthsupport/note-reads.xhtml", "/healthsupport/roster.xhtml")) {
            session.open(coordinatorsPage);
            assertThat(session.text(By.tagName("h1"))).as(coordinatorsPage).isEqualTo("Brak dostępu");
        }
    }
}
