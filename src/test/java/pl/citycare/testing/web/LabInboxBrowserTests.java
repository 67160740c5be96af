package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator issues a lab's API key (shown once); the lab's system posts a result no sample fits;
 * the testing clerk finds it in the inbox and discards it with a reason. Runs in {@code CityCareBrowserIT}.
 */
public interface LabInboxBrowserTests {

    @Test
    default void aKeyIsShownOnceAndAResultNoSampleFitsWaitsForTheClerk(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        session.signInAndWait("admin", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/lab-keys.xhtml");
        String lab = "Laboratorium Przeglądarkowe " + System.nanoTime();
        session.type("newKey:lab", lab);
        browser.findElement(By.id("newKey:issue")).click();
        String key = session.visible(By.id("plainKey")).getText().trim();
        assertThat(key).startsWith("cclab_");
        assertThat(session.text(By.id("keys:list"))).contains(lab).contains(key.substring(0, 12)).contains("nigdy");
        session.assertAccessible("lab keys with a new key");
        session.open("/testing/lab-keys.xhtml");
        assertThat(browser.getPageSource()).as("shown once").doesNotContain(key);

        String barcode = "BRW-" + System.nanoTime();
        String time = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(session.base().resolve("/api/testing/results"))
                .header("Content-Type", "application/json").header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"results\":[{\"barcode\":\"" + barcode + "\",\"result\":\"ujemny\",\"resultTime\":\""
                        + time + "\"}]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("UNMATCHED");
        session.open("/testing/lab-keys.xhtml");
        String row = browser.findElements(By.cssSelector("[id='keys:list_data'] tr")).stream().map(r -> r.getText())
                .filter(text -> text.contains(lab)).findFirst().orElseThrow();
        assertThat(row).as("the last use is shown").doesNotContain("nigdy").contains("aktywny");

        session.forgetSignIn();
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/unmatched.xhtml");
        assertThat(session.text(By.id("inbox:items"))).contains(barcode).contains("żadna próbka nie ma tego kodu").contains(lab);
        session.assertAccessible("unmatched results");
        var rows = browser.findElements(By.cssSelector("[id='inbox:items_data'] tr"));
        rows.stream().filter(r -> r.getText().contains(barcode)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("item")).getText().contains(barcode));
        assertThat(session.text(By.id("item:suggestions"))).contains("Żadna czekająca próbka nie pasuje");
        browser.findElement(By.id("item:discard")).click();
        assertThat(session.text(By.cssSelector("[id='item:discardReason'] ~ .ui-message-error"))).contains("Podaj powód odrzucenia");
        session.type("item:discardReason", "Próbka spoza programu miasta");
        browser.findElement(By.id("item:discard")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Odrzucono wynik " + barcode));
        assertThat(session.text(By.id("inbox"))).doesNotContain(barcode);
        Chromium.screenshot(browser, "testing-unmatched");
    }
}
