package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files a worker list should not be, each answered beside the file field in the clerk's language with the
 * employer still chosen: a 50 MB file, an old .xls, and a Polish Excel CSV (Windows-1250), which is read and
 * the clerk told so. Runs in {@code CityCareBrowserIT}.
 */
public interface WorkerImportBrowserTests {

    @Test
    default void wrongFilesAreAnsweredBesideTheFieldAndAWindows1250ListIsRead(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/worker-import.xhtml");

        Path huge = Files.createTempFile("lista", ".csv");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        session.choose("upload:employer", SlotBrowserTests.UNBOOKED_EMPLOYER);
        browser.findElement(By.id("upload:file")).sendKeys(huge.toString());
        browser.findElement(By.id("upload:read")).click();
        assertThat(session.text(By.cssSelector("[id='upload:file'] ~ .ui-message-error"))).contains("Plik jest większy niż 10 MB");
        assertThat(session.text(By.id("upload:employer_label"))).isEqualTo(SlotBrowserTests.UNBOOKED_EMPLOYER);
        Files.delete(huge);

        Path xls = Files.createTempFile("lista", ".xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        browser.findElement(By.id("upload:file")).sendKeys(xls.toString());
        browser.findElement(By.id("upload:read")).click();
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='upload:file'] ~ .ui-message-error"),
                "stary plik Excela (.xls)"));

        Path polishExcel = Files.createTempFile("lista", ".csv");
        Files.write(polishExcel, ("Nazwisko;Imiona;Data urodzenia;Numer paszportu;Adres zakwaterowania\r\n"
                + "KOWALCZUK;MYKOLA;01.05.1985;PL" + System.nanoTime() % 1_000_000_000L + ";Łódź, ul. Żółta 3\r\n")
                .getBytes(Charset.forName("windows-1250")));
        browser.findElement(By.id("upload:file")).sendKeys(polishExcel.toString());
        browser.findElement(By.id("upload:read")).click();
        assertThat(session.text(By.cssSelector(".notice"))).contains("odczytano go jako Windows-1250");
        assertThat(session.text(By.id("preview:rows"))).contains("KOWALCZUK MYKOLA");
        assertThat(session.text(By.id("counts"))).contains("nowi 1");
    }
}
