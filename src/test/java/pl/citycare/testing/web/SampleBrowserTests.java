package pl.citycare.testing.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;
import pl.citycare.testing.application.SamplesTests;
import pl.citycare.testing.domain.site.TestSite;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A testing clerk registers the sample of a booked demo worker by passport and a scanned barcode, enters an
 * inconclusive result, books the retest it asks for, and opens the worker's results. Runs in
 * {@code CityCareBrowserIT}.
 */
public interface SampleBrowserTests {

    /** A demo employer whose workers the demo data books into the coming slots. */
    String BOOKED_EMPLOYER = "Gospodarstwo Sadownicze Wieliczka (przykład)";

    /**
     * Signs in as the testing clerk and registers a sample of the demo worker {@code fromEnd} places from the
     * end of the booked employer's first page, in the slot the worker is booked into; ends on the samples list
     * filtered by the new barcode. Returns the passport and the barcode.
     */
    static String[] registerSampleOfABookedDemoWorker(BrowserSession session, int fromEnd) {
        WebDriver browser = session.driver();
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/workers.xhtml");
        session.choose("workers:employer", BOOKED_EMPLOYER);
        browser.findElement(By.id("workers:search")).click();
        // The unfiltered list names that employer too: wait until every row is theirs (the search has answered).
        session.await().ignoring(StaleElementReferenceException.class).until(d -> {
            var rows = d.findElements(By.cssSelector("[id='workers:list_data'] > tr"));
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains(BOOKED_EMPLOYER));
        });
        session.awaitIdle();
        // From the end of the first page: the group booking filled the slots by surname, so these are booked
        // later than the first ones other tests might reach.
        var links = browser.findElements(By.cssSelector("a.worker-link"));
        links.get(links.size() - 1 - fromEnd).click();
        String passport = session.visible(By.id("worker:passport")).getAttribute("value");
        session.visible(By.cssSelector("[id='bookingList'] a")).click();

        String barcode = SamplesTests.freshBarcode();
        session.type("sample:samplePassport", passport);
        session.type("sample:barcode", barcode.toLowerCase());
        browser.findElement(By.id("sample:barcode")).sendKeys(Keys.ENTER); // what a scanner does after the code
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Zarejestrowano próbkę " + barcode));
        session.assertAccessible("slot with a registered sample");

        session.open("/testing/samples.xhtml");
        session.type("samples:text", barcode);
        browser.findElement(By.id("samples:search")).click();
        awaitOnlyRowOf(session, barcode);
        assertThat(session.text(By.id("samples:list"))).contains("czeka na laboratorium");
        return new String[]{passport, barcode};
    }

    /** Waits until the samples list, filtered by the barcode, shows that sample alone (the Ajax search is done). */
    static void awaitOnlyRowOf(BrowserSession session, String barcode) {
        session.await().ignoring(StaleElementReferenceException.class).until(d -> {
            var rows = d.findElements(By.cssSelector("[id='samples:list_data'] tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(barcode);
        });
    }

    @Test
    default void aClerkRegistersASampleEntersAnInconclusiveResultAndBooksTheRetest(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        String[] registered = registerSampleOfABookedDemoWorker(session, 0);
        String passport = registered[0];
        String barcode = registered[1];
        session.assertAccessible("samples");
        browser.findElement(By.linkText(barcode)).click();
        assertThat(session.text(By.id("resultNow"))).isEqualTo("czeka na laboratorium");
        assertThat(session.text(By.id("facts"))).contains("LOINC 94500-6").contains("DCC LP6464-4").contains("840539006");

        session.choose("result:result", "niejednoznaczny");
        session.typeDate("result:resultAt", LocalDateTime.now(TestSite.ZONE).plusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        browser.findElement(By.id("result:save")).click();
        assertThat(session.text(By.cssSelector("[id='result:resultAt'] ~ .ui-message-error"))).contains("nie w przyszłości");
        session.typeDate("result:resultAt", LocalDateTime.now(TestSite.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        browser.findElement(By.id("result:save")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("resultNow")).getText().startsWith("niejednoznaczny"));
        assertThat(session.text(By.id("retest:bookRetest"))).isEqualTo("Zapisz na powtórny test");
        session.assertAccessible("sample with an inconclusive result");
        browser.findElement(By.id("retest:bookRetest")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Zapisano pracownika na powtórny test."));
        Chromium.screenshot(browser, "testing-sample");

        // The document as the worker gets it: both languages, the result, its identifier, and a QR code that
        // opens the public check, which names nobody.
        byte[] pdf = session.download(By.id("document:download"), ".pdf");
        String[] page = ResultDocumentPdfTest.read(pdf).get(0);
        assertThat(page[0]).contains("Zaświadczenie o wyniku testu w kierunku COVID-19").contains("Довідка про результат тесту на COVID-19")
                .contains("niejednoznaczny / невизначений").contains(passport).contains("URN:UVCI:01:PL:KRK/TS/");
        assertThat(page[1]).as("the QR code").startsWith(session.base().resolve("/verify/").toString());
        session.forgetSignIn();
        browser.get(page[1]);
        assertThat(session.text(By.id("valid"))).contains("Ten dokument jest ważny.");
        assertThat(session.text(By.id("result"))).isEqualTo("niejednoznaczny");
        assertThat(browser.getPageSource()).doesNotContain(passport);
        session.assertAccessible("public document check");
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/samples.xhtml");
        session.type("samples:text", barcode);
        browser.findElement(By.id("samples:search")).click();
        awaitOnlyRowOf(session, barcode);
        browser.findElement(By.linkText(barcode)).click();

        browser.findElement(By.cssSelector("[id='facts'] a")).click(); // the worker
        session.visible(By.id("results:showResults")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("results:resultList")).getText().contains(barcode));
        assertThat(session.text(By.id("results:resultList"))).contains("niejednoznaczny");
        assertThat(session.text(By.id("bookingList"))).contains("anulowany").contains("zapisany");
    }
}
