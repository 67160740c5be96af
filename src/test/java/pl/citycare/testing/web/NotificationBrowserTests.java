package pl.citycare.testing.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.citycare.support.BrowserSession;
import pl.citycare.testing.domain.site.TestSite;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A positive result entered by the clerk appears as two notifications, to the employer and to Sanepid, with
 * the isolation end; the clerk prints the Sanepid form and marks it sent. Runs in {@code CityCareBrowserIT}.
 */
public interface NotificationBrowserTests {

    @Test
    default void aPositiveResultIsReportedToTheEmployerAndSanepidWithTheIsolationEnd(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        String[] registered = SampleBrowserTests.registerSampleOfABookedDemoWorker(session, 1);
        String barcode = registered[1];
        browser.findElement(By.linkText(barcode)).click();
        session.choose("result:result", "dodatni");
        session.typeDate("result:resultAt", LocalDateTime.now(TestSite.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        browser.findElement(By.id("result:save")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("resultNow")).getText().startsWith("dodatni"));
        String isolation = session.text(By.id("isolation"));
        String worker = browser.findElement(By.cssSelector("[id='facts'] a")).getText();

        session.open("/testing/notifications.xhtml");
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='notifications:list_data'] tr")).stream()
                .filter(r -> r.getText().contains(worker)).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains(isolation).contains("do wysłania"));
        assertThat(rows.stream().map(WebElement::getText).toList()).anySatisfy(t -> assertThat(t).contains("Sanepid"))
                .anySatisfy(t -> assertThat(t).contains("pracodawca"));

        WebElement sanepid = rows.stream().filter(r -> r.getText().contains("Sanepid")).findFirst().orElseThrow();
        String printId = sanepid.findElement(By.cssSelector("button[id$=':print']")).getAttribute("id");
        byte[] form = session.download(By.id(printId), ".pdf");
        try (var pdf = Loader.loadPDF(form)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zgłoszenie dodatniego wyniku testu w kierunku COVID-19")
                    .contains("Państwowy Powiatowy Inspektor Sanitarny").contains("Izolacja do dnia: " + isolation).contains(barcode);
        }
        String sentId = printId.replace(":print", ":sent");
        browser.findElement(By.id(sentId)).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("Oznaczono jako wysłane."));
        session.assertAccessible("notifications");
    }
}
