package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testing clerk uploads a lab's CSV, reads the preview with a broken line explained, and imports the
 * readable line, which no sample fits and so waits in the inbox. Runs in {@code CityCareBrowserIT}.
 */
public interface LabImportBrowserTests {

    @Test
    default void aLabFileIsPreviewedLineByLineAndItsReadableLinesImported(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        String barcode = "CSV-" + System.nanoTime();
        String time = LocalDateTime.now().minusHours(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Path file = Files.createTempFile("wyniki", ".csv");
        Files.writeString(file, "\uFEFFKod kreskowy;Wynik;Czas wyniku\r\n" + barcode + ";ujemny;" + time + "\r\n;może;wczoraj\r\n",
                StandardCharsets.UTF_8);
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/lab-import.xhtml");
        session.assertAccessible("lab result import");

        browser.findElement(By.id("upload:preview")).click();
        assertThat(session.text(By.cssSelector("[id='upload:lab'] ~ .ui-message-error"))).contains("Podaj nazwę laboratorium");
        session.type("upload:lab", "Laboratorium Plikowe");
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.findElement(By.id("upload:preview")).click();
        assertThat(session.text(By.id("readable"))).endsWith("1 / 2");
        String lines = session.text(By.id("previewForm:lines"));
        assertThat(lines).contains(barcode).contains("ujemny").contains("nierozpoznany wynik").contains("brak kodu kreskowego");
        session.assertAccessible("lab result preview");

        browser.findElement(By.id("previewForm:import")).click();
        assertThat(session.text(By.id("messages"))).contains("Zapisano: 0; czeka w skrzynce: 1; już były: 0; pominięte wiersze: 1.");
        session.open("/testing/unmatched.xhtml");
        assertThat(session.text(By.id("inbox:items"))).contains(barcode).contains("Laboratorium Plikowe");
    }
}
