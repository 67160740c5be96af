package pl.citycare.healthsupport.web.hotline;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A hotline psychologist logs an imminent-risk call in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface HotlineCallBrowserTests {

    @Test
    default void anImminentRiskCallIsSavedOnlyWithTheActionTakenAndNothingTypedIsLost(BrowserSession session) {
        WebDriver browser = session.driver();
        String psychologist = session.newUser("HOTLINE_PSYCHOLOGIST");
        session.signInAndWait(psychologist, pl.citycare.support.UserFixtureServlet.PASSWORD);
        session.open("/healthsupport/call.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Rozmowa na linii wsparcia");

        session.type("call:duration_input", "25");
        browser.findElement(By.id("call:duration_input")).sendKeys(Keys.TAB);
        session.choose("call:riskLevel", "bezpośrednie zagrożenie");
        session.choose("call:outcome", "skierowano do pomocy doraźnej (112, izba przyjęć)");
        session.type("call:summary", "Młody rozmówca, myśli samobójcze, rozmowa do przyjazdu pomocy.");
        browser.findElement(By.id("call:save")).click();

        assertThat(session.text(By.cssSelector("[id='call:emergencyAction'] ~ .ui-message-error, .emergency .ui-message-error")))
                .contains("Przy bezpośrednim zagrożeniu wybierz podjęte działanie.");
        assertThat(browser.findElement(By.id("call:summary")).getAttribute("value"))
                .as("nothing typed is lost").isEqualTo("Młody rozmówca, myśli samobójcze, rozmowa do przyjazdu pomocy.");
        session.assertAccessible("call form with an error");

        session.choose("call:emergencyAction", "wezwano 112");
        String actionAt = LocalDateTime.now(ZoneId.of("Europe/Warsaw")).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        session.type("call:emergencyActionAt_input", actionAt);
        browser.findElement(By.id("call:emergencyActionAt_input")).sendKeys(Keys.ESCAPE);
        // Choosing the action re-renders part of the form by Ajax: a click on Save while that is under way is lost.
        session.awaitIdle();
        browser.findElement(By.id("call:save")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).matches("Zapisano rozmowę nr \\d+\\.");
        assertThat(session.text(By.id("recent"))).contains("bezpośrednie zagrożenie").contains("25");
        assertThat(browser.findElement(By.id("call:summary")).getAttribute("value")).as("a fresh form").isEmpty();
        Chromium.screenshot(browser, "health-call-saved");

        // The coordinator finds the call in the register by its psychologist, without its summary.
        session.forgetSignIn();
        session.signInAndWait("coordinator", pl.citycare.platform.demo.DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/calls.xhtml");
        session.type("calls:psychologist", psychologist);
        browser.findElement(By.id("calls:search")).click();
        session.awaitIdle(); // the list may show only this call before the search too: wait for the answer, not the rows
        session.await().until(d -> d.findElements(By.cssSelector("[id='calls:list_data'] tr")).size() == 1
                && d.findElement(By.id("calls:list_data")).getText().contains(psychologist));
        assertThat(session.text(By.id("calls:list_data"))).contains("bezpośrednie zagrożenie").contains("25")
                .doesNotContain("Młody rozmówca");
        session.typeDate("calls:from", "2026-03-10");
        session.typeDate("calls:to", "2026-03-01");
        browser.findElement(By.id("calls:search")).click();
        assertThat(session.text(By.cssSelector("[id='calls:to'] ~ .ui-message-error, .ui-message-error")))
                .contains("Ostatni dzień jest przed pierwszym.");
        session.assertAccessible("hotline call register with an error");
    }

    @Test
    default void aReturningCallerGetsACodeAndTheNextCallShowsTheirEarlierCall(BrowserSession session) {
        WebDriver browser = session.driver();
        String psychologist = session.newUser("HOTLINE_PSYCHOLOGIST");
        session.signInAndWait(psychologist, pl.citycare.support.UserFixtureServlet.PASSWORD);
        session.open("/healthsupport/call.xhtml");
        String summary = "Samotność po przeprowadzce, prosi o kontakt z grupą wsparcia " + java.util.UUID.randomUUID();

        session.type("call:duration_input", "15");
        browser.findElement(By.id("call:duration_input")).sendKeys(Keys.TAB);
        session.type("call:summary", summary);
        session.visible(By.cssSelector("[id='call:newCallerCode'] .ui-chkbox-box")).click();
        browser.findElement(By.id("call:save")).click();
        String saved = session.text(By.cssSelector(".ui-messages-info"));
        var matcher = java.util.regex.Pattern.compile("Kod rozmówcy: ([2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3})").matcher(saved);
        assertThat(matcher.find()).as(saved).isTrue();
        String code = matcher.group(1);

        session.type("call:callerCode", code.toLowerCase(java.util.Locale.ROOT));
        browser.findElement(By.id("call:showHistory")).click();
        assertThat(session.text(By.id("call:earlier"))).contains(summary);
        session.assertAccessible("call form with a caller's history");

        session.type("call:callerCode", "ZZZ-ZZ2");
        browser.findElement(By.id("call:showHistory")).click();
        session.await().until(d -> !d.findElements(By.cssSelector("[id='call:callerCode'] ~ .ui-message-error, .returning .ui-message-error")).isEmpty());
        assertThat(session.text(By.cssSelector(".returning .ui-message-error"))).contains("Żaden rozmówca nie ma tego kodu");
        Chromium.screenshot(browser, "health-returning-caller");
    }

    @Test
    default void whatWasTypedSurvivesAnExpiredSession(BrowserSession session) {
        WebDriver browser = session.driver();
        String psychologist = session.newUser("HOTLINE_PSYCHOLOGIST");
        session.signInAndWait(psychologist, pl.citycare.support.UserFixtureServlet.PASSWORD);
        session.open("/healthsupport/call.xhtml");
        String summary = "Rozmowa przerwana: rozmówca w kryzysie po rozwodzie " + java.util.UUID.randomUUID();

        session.type("call:duration_input", "35");
        browser.findElement(By.id("call:duration_input")).sendKeys(Keys.TAB);
        session.choose("call:riskLevel", "umiarkowany");
        session.type("call:summary", summary);
        browser.findElement(By.id("call:summary")).sendKeys(Keys.TAB);
        session.await().until(d -> d.findElement(By.id("call:draftState")).getText().startsWith("Szkic zapisany o"));

        browser.manage().deleteAllCookies(); // the session is gone, as after a timeout
        session.open("/healthsupport/call.xhtml");
        session.signInAndWait(psychologist, pl.citycare.support.UserFixtureServlet.PASSWORD);
        session.open("/healthsupport/call.xhtml");

        assertThat(session.text(By.cssSelector(".ui-messages-warn"))).contains("Przywrócono niezapisaną rozmowę");
        assertThat(browser.findElement(By.id("call:summary")).getAttribute("value")).isEqualTo(summary);
        assertThat(browser.findElement(By.id("call:duration_input")).getAttribute("value")).isEqualTo("35");
        assertThat(browser.findElement(By.id("call:riskLevel")).getText()).contains("umiarkowany");
        session.assertAccessible("call form with a restored draft");
    }
}
