package pl.citycare.healthsupport.web.client;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre psychologist writes and reads a session note; the coordinator then sees who read it, and
 * never its text. Runs in {@code CityCareBrowserIT}.
 */
public interface SessionNoteBrowserTests {

    @Test
    default void aPsychologistWritesAndReadsANoteAndTheCoordinatorSeesTheReadingNotTheText(BrowserSession session) {
        WebDriver browser = session.driver();
        String client = "CPPP1-" + LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear() + "-00002"; // a demo client
        String text = "Sesja druga: mniej lęku przed szkołą, ćwiczenia oddechowe. " + UUID.randomUUID();

        session.signInAndWait("centre", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/client.xhtml?code=" + client);
        browser.findElement(By.id("notes:write")).click();
        assertThat(session.text(By.cssSelector("#notes .ui-message-error"))).contains("Napisz notatkę przed zapisaniem.");

        session.type("notes:body", text);
        browser.findElement(By.id("notes:write")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano notatkę.");
        assertThat(session.text(By.id("notes:list"))).contains("centre").doesNotContain("ćwiczenia oddechowe");

        session.visible(By.id("notes:list:0:open")).click();
        assertThat(session.text(By.cssSelector("[id='notes:list:0:note'] .note-body"))).isEqualTo(text);
        session.assertAccessible("client with an opened note");
        Chromium.screenshot(browser, "health-note-read");
        session.signOut();

        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/note-reads.xhtml");
        session.type("reads:code", client);
        browser.findElement(By.id("reads:show")).click();
        String readings = session.text(By.id("readings"));
        assertThat(readings).contains("centre");
        assertThat(browser.getPageSource()).doesNotContain("ćwiczenia oddechowe");
        session.assertAccessible("who read the notes");

        session.open("/healthsupport/client.xhtml?code=" + client);
        assertThat(session.text(By.tagName("h1"))).as("the coordinator never opens a client's page").isEqualTo("Brak dostępu");
    }
}
