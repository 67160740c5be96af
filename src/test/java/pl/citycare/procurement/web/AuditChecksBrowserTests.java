package pl.citycare.procurement.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.procurement.application.AuditChecks.Check;
import pl.citycare.support.BrowserSession;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's round, as the issue tells it: the check of value-raising amendments finds the amended contract,
 * its history opens from it, the chain verifies, and the findings and the history go home as PDF and CSV, which
 * are opened and read. Runs in {@code CityCareBrowserIT}.
 */
public interface AuditChecksBrowserTests {

    @Test
    default void anAuditorFindsTheAmendedContractOpensItsHistoryVerifiesTheChainAndTakesThePdfAndCsv(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/audit/checks.xhtml");
        int row = Check.VALUE_RAISING_AMENDMENTS.ordinal();
        assertThat(Integer.parseInt(session.text(By.id("checks:list:" + row + ":count")))).as("the demo's amendment, and those of other tests")
                .isPositive();
        session.visible(By.id("checks:list:" + row + ":open")).click();
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("checks:found"), "ZP/COVID/3/2020"));
        assertThat(session.text(By.id("checks:found"))).containsPattern("Aneks nr 1: z [\\d\\s\\u00a0\\u202f]+,00 zł na [\\d\\s\\u00a0\\u202f]+,00 zł brutto \\(\\+12,5 %\\)");
        session.assertAccessible("audit checks with the amendments found");

        String csv = new String(session.download(By.id("checks:csv"), ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("ZP/COVID/3/2020").contains("Aneks nr 1");
        try (var pdf = Loader.loadPDF(session.download(By.id("checks:pdf"), ".pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Kontrole audytowe").contains("Aneksy zwiększające wartość umowy")
                    .contains("ZP/COVID/3/2020").contains("przez auditor")
                    .containsPattern("Głowa łańcucha audytu w tej chwili \\(nr:skrót\\): \\d+:[0-9a-f]{64}");
        }

        // The finding leads to the contract, and the contract to its history.
        session.visible(By.xpath("//a[starts-with(@id, 'checks:found:') and text()='ZP/COVID/3/2020']")).click();
        session.await().until(d -> d.getCurrentUrl().contains("/procurement/contract.xhtml"));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        session.visible(By.id("recordHistory")).click();
        session.await().until(d -> d.getCurrentUrl().contains("/audit/trail.xhtml"));
        assertThat(session.text(By.id("audit:events"))).contains("utworzenie").contains("zmiana");

        browser.findElement(By.id("audit:verify")).click();
        session.await().until(ExpectedConditions.textMatches(By.id("audit:verifyResult"),
                Pattern.compile("Ślad jest nienaruszony: sprawdzono .* zdarzeń\\.")));

        String history = new String(session.download(By.id("audit:csv"), ".csv"), StandardCharsets.UTF_8);
        assertThat(history).contains(",Contract," + id + ",").doesNotContain("UserAccount");
        try (var pdf = Loader.loadPDF(session.download(By.id("audit:pdf"), ".pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ślad audytowy").contains("Contract").contains(id);
        }
    }

    /**
     * A clerk's form posted from an auditor's session, as a crafted request would (the save button the auditor is
     * never shown added back, the read-only field made writable), and a lab's API call: nothing changes.
     */
    @Test
    default void anAuditorsCraftedPostOfAClerksFormOrAnApiWriteChangesNothing(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/suppliers.xhtml");
        session.visible(By.cssSelector("a[href*='supplier.xhtml?id=']")).click();
        session.await().until(d -> d.getCurrentUrl().contains("supplier.xhtml?id="));
        String page = browser.getCurrentUrl();
        String name = session.visible(By.id("supplier:name")).getAttribute("value");
        assertThat(browser.findElements(By.id("supplier:save"))).as("the auditor gets no save button").isEmpty();

        var before = browser.findElement(By.tagName("html"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const form = document.getElementById('supplier');
                const field = document.getElementById('supplier:name');
                field.removeAttribute('readonly');
                field.value = 'Przejęta przez audytora';
                const save = document.createElement('input');
                save.type = 'hidden'; save.name = 'supplier:save'; save.value = 'supplier:save';
                form.appendChild(save);
                form.requestSubmit();""");
        // The post's answer must have replaced the page before the record is read again.
        assertThat(session.awaitGone(before, java.time.Duration.ofSeconds(30))).as("the post was answered").isTrue();
        session.await().until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        assertThat(browser.findElements(By.cssSelector(".request-id"))).as("no error page").isEmpty();
        browser.get(page);
        assertThat(session.visible(By.id("supplier:name")).getAttribute("value")).isEqualTo(name);

        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/testing/results', {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: '{"results":[{"barcode":"X1","result":"positive","resultTime":"2026-01-01T10:00:00+01:00"}]}'})
                    .then(r => done(r.status)).catch(e => done(String(e)));""");
        assertThat(((Number) status).intValue()).as("the lab API with an auditor's session and no key").isIn(401, 403);
    }
}
