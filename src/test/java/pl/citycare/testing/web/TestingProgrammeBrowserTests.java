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
import pl.citycare.testing.application.SamplesTests;
import pl.citycare.testing.application.WorkersTests;
import pl.citycare.testing.domain.site.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testing programme end to end, as a clerk runs it: a new employer, its list of workers imported (a column
 * mapped by hand, a broken row explained, the job polled to its end), the group booked into a slot, a sample
 * registered by scanner, the lab's result file imported, and the bilingual result document downloaded, read
 * and its QR code opened on the public check. Runs in {@code CityCareBrowserIT}.
 */
public interface TestingProgrammeBrowserTests {

    @Test
    default void fromANewEmployerToAVerifiedResultDocument(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);

        // An employer.
        String employer = "Szklarnie Programu " + System.nanoTime();
        session.open("/testing/employer.xhtml");
        session.type("employer:name", employer);
        session.type("employer:nip", SuppliersTests.freshNip());
        session.type("employer:address", "ul. Szklarniowa 5, 32-020 Wieliczka");
        session.type("employer:contactPerson", "Ewa Ogrodnik");
        browser.findElement(By.id("employer:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano pracodawcę.");

        // Its list of workers, with its own header for the passport and one broken date.
        String[] passports = {WorkersTests.freshPassport(), WorkersTests.freshPassport(), WorkersTests.freshPassport()};
        Path list = Files.createTempFile("lista", ".csv");
        Files.writeString(list, "\uFEFFNazwisko;Imiona;Прізвище кирилицею;Data urodzenia;Nr dok.;Adres\r\n"
                + "SHEVCHENKO;TARAS;Шевченко;09.03.1994;" + passports[0] + ";ul. Długa 1\r\n"
                + "KOVAL;OLENA;Коваль;1990-01-02;" + passports[1] + ";\"=HYPERLINK(\"\"http://example.org\"\")\"\r\n"
                + "BONDAR;IVAN;Бондар;15.07.1988;" + passports[2] + ";\r\n"
                + "MELNYK;PETRO;Мельник;31.02.1990;" + WorkersTests.freshPassport() + ";\r\n", StandardCharsets.UTF_8);
        session.open("/testing/worker-import.xhtml");
        session.assertAccessible("worker list import");
        String template = new String(session.download(By.id("template:templateCsv"), ".csv"), StandardCharsets.UTF_8);
        assertThat(template).startsWith("\uFEFFNazwisko,Imiona,Nazwisko cyrylicą,Imiona cyrylicą,Data urodzenia,Obywatelstwo,Numer paszportu");
        browser.findElement(By.id("upload:read")).click();
        assertThat(session.text(By.cssSelector("[id='upload:employer'] ~ .ui-message-error"))).contains("Wybierz pracodawcę.");
        session.choose("upload:employer", employer);
        browser.findElement(By.id("upload:file")).sendKeys(list.toString());
        browser.findElement(By.id("upload:read")).click();
        assertThat(session.text(By.id("preview:mappingMessage"))).contains("Wskaż kolumnę z polem: Numer paszportu");
        session.choose("preview:mapping:4:column", "Numer paszportu *");
        browser.findElement(By.id("preview:remap")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("counts")).getText().contains("nowi 3"));
        assertThat(session.text(By.id("counts"))).contains("z błędami (pominięte) 1");
        assertThat(session.text(By.id("preview:rows"))).contains("SHEVCHENKO TARAS")
                .contains("Kolumna „Data urodzenia”: Nie da się odczytać daty");
        session.assertAccessible("worker list preview");
        Chromium.screenshot(browser, "testing-worker-import");
        browser.findElement(By.id("preview:start")).click();
        session.await().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("stateText")).getText()
                .contains("Import zakończony. nowi 3, zmienieni 0, bez zmian 0, z błędami (pominięte) 1."));
        session.assertAccessible("worker list imported");

        // The employer's workers exported: the template's headers, and the formula-looking address made text.
        browser.findElement(By.id("progress:workers")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("workers:list")).getText().contains("KOVAL"));
        String exported = new String(session.download(By.id("workers:csv"), ".csv"), StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFFNazwisko,Imiona,Nazwisko cyrylicą").contains("SHEVCHENKO,TARAS,Шевченко")
                .contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");

        // The group booked into a slot of a new site.
        session.open("/testing/site.xhtml");
        String site = "Punkt Programu " + System.nanoTime();
        session.type("site:name", site);
        session.type("site:address", "ul. Szklarniowa 5, Wieliczka");
        browser.findElement(By.id("site:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano punkt pobrań.");
        LocalDate day = LocalDate.now(TestSite.ZONE).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        SlotBrowserTests.planDay(session, day, 5, "nowych");
        String siteId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        session.open("/testing/slots.xhtml?site=" + siteId + "&week=" + day);
        browser.findElement(By.linkText("08:00–08:15 · wolne 5/5")).click();
        session.choose("group:employer", employer);
        browser.findElement(By.id("group:bookGroup")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Zapisano: 3; już zapisanych: 0; bez miejsca: 0."));

        // A sample, scanned.
        String barcode = SamplesTests.freshBarcode();
        session.type("sample:samplePassport", passports[0]);
        session.type("sample:barcode", barcode);
        browser.findElement(By.id("sample:barcode")).sendKeys(Keys.ENTER);
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Zarejestrowano próbkę " + barcode));

        // The lab's result file.
        Path results = Files.createTempFile("wyniki", ".csv");
        String now = LocalDateTime.now(TestSite.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        Files.writeString(results, "Kod kreskowy;Wynik;Czas wyniku\r\n" + barcode + ";ujemny;" + now + "\r\n", StandardCharsets.UTF_8);
        session.open("/testing/lab-import.xhtml");
        session.type("upload:lab", "Laboratorium Programu");
        browser.findElement(By.id("upload:file")).sendKeys(results.toString());
        browser.findElement(By.id("upload:preview")).click();
        // the preview is a new page (a full post with the file): wait for it rather than look before it came (CI once)
        session.await().until(d -> d.findElement(By.id("previewForm:import"))).click();
        assertThat(session.text(By.id("messages"))).contains("Zapisano: 1; czeka w skrzynce: 0;");

        // The document, read, and its QR code opened by anyone.
        session.open("/testing/samples.xhtml");
        session.type("samples:text", barcode);
        browser.findElement(By.id("samples:search")).click();
        SampleBrowserTests.awaitOnlyRowOf(session, barcode);
        browser.findElement(By.linkText(barcode)).click();
        String[] page = ResultDocumentPdfTest.read(session.download(By.id("document:download"), ".pdf")).get(0);
        assertThat(page[0]).contains("Zaświadczenie o wyniku testu w kierunku COVID-19").contains("Довідка про результат тесту на COVID-19")
                .contains("SHEVCHENKO").contains("Шевченко").contains(passports[0]).contains("ujemny").contains("URN:UVCI:01:PL:KRK/TS/");
        session.forgetSignIn();
        browser.get(page[1]);
        assertThat(session.text(By.id("valid"))).contains("Ten dokument jest ważny.");
        assertThat(session.text(By.id("result"))).isEqualTo("ujemny");
        assertThat(browser.getPageSource()).doesNotContain(passports[0]).doesNotContain("SHEVCHENKO");
    }
}
