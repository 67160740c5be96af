package pl.citycare.platform.audit.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor reads each change as field / before / after, with the raw JSON one click away. Runs in {@code CityCareBrowserIT}. */
public interface AuditTrailBrowserTests {

    @Test
    default void anInvoiceChangeReadsAsFieldBeforeAndAfterInZloty(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/audit/trail.xhtml");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('audit:type').selectValue('Invoice');");
        browser.findElement(By.id("audit:search")).click();
        session.await().until(d -> d.findElements(By.cssSelector("#audit\\:events .change-table")).size() > 0
                && d.findElement(By.id("audit:events")).getText().contains("brutto")
                && d.findElement(By.id("audit:search")).isEnabled());

        assertThat(session.text(By.cssSelector("#audit\\:events .change-table"))).contains("Pole").contains("Przed").contains("Po");
        assertThat(session.text(By.id("audit:events"))).as("amounts in zloty").contains("zł");
        assertThat(browser.findElement(By.cssSelector("#audit\\:events .raw-changes code")).isDisplayed())
                .as("the raw JSON is folded away").isFalse();
        browser.findElement(By.cssSelector("#audit\\:events .raw-changes summary")).click();
        assertThat(session.text(By.cssSelector("#audit\\:events .raw-changes code"))).contains("\"after\"");
        session.assertAccessible("audit trail with changes as tables");
    }

    @Test
    default void anAuditorVerifiesTheDaysChosenAndTheSameThroughTheApiWhichOthersAreRefused(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
        String yesterday = LocalDate.now(ZoneId.of("Europe/Warsaw")).minusDays(1).toString();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/audit/trail.xhtml");
        session.typeDate("audit:verifyFrom", today);
        session.typeDate("audit:verifyTo", yesterday);
        browser.findElement(By.id("audit:verify")).click();
        assertThat(session.text(By.cssSelector("[id='audit:verifyTo'] ~ .ui-message-error")))
                .contains("Dzień końcowy nie może być wcześniejszy niż początkowy.");
        session.typeDate("audit:verifyTo", today);
        browser.findElement(By.id("audit:verify")).click();
        session.await().until(ExpectedConditions.textMatches(By.id("audit:verifyResult"), Pattern.compile("Ślad jest nienaruszony: sprawdzono .* zdarzeń\\.")));
        session.assertAccessible("audit trail verified for a day");

        // The same day taken away: the events, the anchor, the verifier and its spec.
        var files = new java.util.HashMap<String, String>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(session.download(By.id("audit:download"), ".zip")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("audit-events.csv", "head.txt", "VerifyAuditChain.java", "audit-chain.md", "README.txt");
        assertThat(files.get("audit-events.csv")).startsWith("\"seq\",\"occurred_at\"").contains("\"" + today);
        // On the suite's fresh database every event is from today: the day is the whole chain, held to its head.
        assertThat(files.get("README.txt")).contains("java VerifyAuditChain.java audit-events.csv --head $(cat head.txt)");

        // What the auditor takes away is itself in the trail: the register downloaded, the chain exported.
        session.open("/procurement/report.xhtml");
        String register = new String(session.download(By.id("exports:registerCsv"), ".csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(register).isNotBlank();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(session.download(By.id("exports:registerPdf"), ".pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Rejestr umów").contains("Filtry: brak (cała lista)")
                    .contains("przez auditor").containsPattern("Głowa łańcucha audytu w tej chwili \\(nr:skrót\\): \\d+:[0-9a-f]{64}")
                    .contains("ZP/");
        }
        session.open("/audit/trail.xhtml");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('audit:type').selectValue('Export');");
        browser.findElement(By.id("audit:search")).click();
        session.await().until(d -> d.findElement(By.id("audit:events")).getText().contains("/procurement/report.xhtml#downloadRegisterCsv"));
        assertThat(session.text(By.id("audit:events"))).contains("auditor");
        String eventsCsv = new String(session.download(By.id("audit:csv"), ".csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(eventsCsv).startsWith("\uFEFFNr,Kiedy,Kto").contains("/procurement/report.xhtml#downloadRegisterCsv");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(session.download(By.id("audit:pdf"), ".pdf"))) {
            // (the table's narrow columns wrap long identifiers, so the rows are checked by what fits on a line)
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Filtry: Rodzaj rekordu: Export; najnowsze zdarzenia: 2000")
                    .contains("przez auditor").contains("odczyt").containsPattern("Głowa łańcucha audytu w tej chwili \\(nr:skrót\\): \\d+:[0-9a-f]{64}");
        }

        session.open("/api/audit/verification?from=" + today + "&to=" + today);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"intact\":true").contains("\"eventsChecked\":")
                .contains("\"from\":\"" + today + "\"");
        session.open("/api/audit/verification?from=wczoraj");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("bad-date");

        session.forgetSignIn();
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/api/audit/verification");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("intact").contains("forbidden");
    }

    @Test
    default void anAuditorOpensAContractsHistoryFromItsPage(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/contracts.xhtml");
        session.visible(By.cssSelector("a.contract-link")).click();
        String contractUrl = browser.getCurrentUrl();
        String id = contractUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        session.visible(By.id("recordHistory")).click();
        session.await().until(d -> d.getCurrentUrl().contains("/audit/trail.xhtml"));
        assertThat(browser.findElement(By.id("audit:entityId")).getAttribute("value")).isEqualTo(id);
        assertThat(session.text(By.id("audit:type_label"))).isEqualTo("Contract");
        var rows = browser.findElements(By.cssSelector("[id='audit:events_data'] > tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("Contract").contains(id));
        assertThat(session.text(By.id("audit:events"))).contains("utworzenie");
        session.assertAccessible("a contract's history");
        // Oldest first by the number's column: the contract's creation leads.
        browser.findElement(By.cssSelector("[id='audit:events'] th.ui-sortable-column")).click();
        session.await().until(d -> d.findElement(By.cssSelector("[id='audit:events_data'] > tr")).getText().contains("utworzenie"));
        var numbers = browser.findElements(By.cssSelector("[id='audit:events_data'] > tr > td:first-child")).stream()
                .map(cell -> Long.parseLong(cell.getText().trim())).toList();
        assertThat(numbers).as("in the order written").isSorted();

        session.forgetSignIn();
        session.signInAndWait("buyer", DemoUsers.DEMO_PASSWORD);
        browser.get(contractUrl);
        session.visible(By.id("facts"));
        assertThat(browser.findElements(By.id("recordHistory"))).as("only auditors get the history link").isEmpty();
    }
}
