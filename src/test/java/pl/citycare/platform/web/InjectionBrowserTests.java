package pl.citycare.platform.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.security.web.AuthorizationMatrixBrowserTests;
import pl.citycare.procurement.application.SuppliersTests;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.UserFixtureServlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injection corpora (issue 12, item 2) through the pages a person uses: SQL and markup typed into every text
 * filter of every list page, and markup saved through forms of all three programmes, then looked at wherever
 * it appears. Markup carries the attribute {@code data-cc-xss}: had any page let it through as markup, an element
 * with that attribute would be in the page (whatever the Content-Security-Policy then blocked). Runs in
 * {@code CityCareBrowserIT}.
 */
public interface InjectionBrowserTests {

    /** Markup that would show itself as an element, or run, if written unescaped into a page. */
    String MARKUP = "<img src=x data-cc-xss onerror=\"window.ccXss=1\"><script data-cc-xss>window.ccXss=1</script>\"'&";

    /** Strings that change a query's meaning where text is pasted into SQL or JPQL, or into a LIKE pattern. */
    List<String> FILTER_CORPUS = List.of(
            "' OR '1'='1' --",
            "%' OR 1=1; DROP TABLE audit_event; --",
            "x\\' UNION SELECT username, password_hash FROM user_account --",
            "\") OR (\"a\"=\"a",
            "%_%",
            MARKUP);

    /** The button that applies a filter bar (most say "search"; the note-reads page "show"). */
    String SEARCH_BUTTON = "button[id$=':search'], button[id$=':show']";

    /** How much markup from the corpora became part of the page shown now (elements, and 1,000 if it ran). */
    static int injectedMarkup(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('[data-cc-xss]').length + (window.ccXss ? 1000 : 0);")).intValue();
    }

    /** Fails when markup from the corpora became part of the page shown now. */
    static void assertNoInjectedMarkup(WebDriver browser, String where) {
        int found = injectedMarkup(browser);
        assertThat(found).as("markup from a corpus became part of " + where).isZero();
    }

    /**
     * Every list page with filters, opened as the first demo role the authorization matrix lets in; each corpus
     * string typed into each text filter alone, then searched: no error page, no error message for the page, and
     * no row (nothing stored contains these strings, so a row means the string changed the query).
     */
    @Test
    default void everyTextFilterTakesSqlAndMarkupAsPlainText(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        Map<String, List<String>> matrix = AuthorizationMatrixBrowserTests.matrix();
        var pagesByCaller = new TreeMap<Integer, List<String>>();
        for (String page : filterPages()) {
            List<String> row = matrix.get("GET " + page);
            int caller = IntStream.range(1, row.size()).filter(i -> row.get(i).equals("200")).findFirst().orElseThrow();
            pagesByCaller.computeIfAbsent(caller, c -> new ArrayList<>()).add(page);
        }
        var problems = new ArrayList<String>();
        int fields = 0;
        int tries = 0;
        for (var entry : pagesByCaller.entrySet()) {
            session.forgetSignIn();
            session.signInAndWait(AuthorizationMatrixBrowserTests.CALLERS.get(entry.getKey()), DemoUsers.DEMO_PASSWORD);
            for (String page : entry.getValue()) {
                session.open(page);
                List<String> ids = textFilterIds(browser);
                fields += ids.size();
                for (String id : ids) {
                    for (String attempt : FILTER_CORPUS) {
                        session.open(page);
                        WebElement field = session.visible(By.id(id));
                        field.sendKeys(attempt);
                        search(browser, field);
                        session.awaitIdle();
                        tries++;
                        // Rows are a finding for the SQL strings only: the markup is also what the stored-markup tests
                        // saved as names, so searching for it may rightly find those.
                        String problem = problem(browser, !attempt.equals(MARKUP));
                        if (problem != null) {
                            problems.add(page + " " + id + " ← " + attempt + ": " + problem);
                        }
                    }
                }
            }
        }
        System.out.printf("Injection corpus: %d filter fields on %d pages, %d searches%n", fields,
                pagesByCaller.values().stream().mapToInt(List::size).sum(), tries);
        assertThat(problems).as("filters that did not take the corpus as plain text").isEmpty();
        assertThat(fields).as("text filters found (11 when this was written)").isGreaterThanOrEqualTo(11);
    }

    /** The list pages: .xhtml files of the webapp with a filter bar. */
    private static List<String> filterPages() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF"))
                    .filter(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8).contains("class=\"filters\"");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /**
     * The plain text inputs of filter bars with a search button (a bar without one holds a small form, such as a new
     * lab key's name, not a filter): not dates, numbers, pickers or read-only fields.
     */
    @SuppressWarnings("unchecked")
    private static List<String> textFilterIds(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("const SEARCH = arguments[0];" + """
                return [...document.querySelectorAll('.filters input')]
                    .filter(i => i.closest('.filters').querySelector(SEARCH))
                    .filter(i => (i.type === 'text' || i.type === 'search') && !i.readOnly && !i.disabled && i.id
                        && !i.closest('.ui-calendar, .ui-datepicker, .ui-inputnumber, .ui-autocomplete, .ui-selectonemenu, .ui-spinner'))
                    .map(i => i.id);""", SEARCH_BUTTON);
    }

    /** Clicks the search button of the field's filter bar. */
    private static void search(WebDriver browser, WebElement field) {
        field.findElement(By.xpath("ancestor::div[contains(@class,'filters')]")).findElement(By.cssSelector(SEARCH_BUTTON)).click();
    }

    /** What went wrong on the page shown now, or null. */
    private static String problem(WebDriver browser, boolean noRowsExpected) {
        if (!browser.findElements(By.cssSelector(".request-id")).isEmpty()) {
            return "error page";
        }
        List<String> errors = browser.findElements(By.cssSelector(".ui-messages-error, .ui-growl-message-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        if (!errors.isEmpty()) {
            return "error message " + errors;
        }
        int injected = injectedMarkup(browser);
        if (injected != 0) {
            return "markup rendered";
        }
        long rows = browser.findElements(By.cssSelector(".ui-datatable-data > tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message")).count();
        return rows == 0 || !noRowsExpected ? null : rows + " rows found";
    }

    /**
     * Markup saved as a supplier's name and address: shown as text in the list, in the form, in the auditor's
     * history of the supplier and in its CSV and PDF exports.
     */
    @Test
    default void markupSavedInASupplierIsTextInTheListTheFormTheHistoryAndTheExports(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        String nip = SuppliersTests.freshNip();
        String name = "Dostawca " + MARKUP;
        session.signInAndWait(session.newUser("PROCUREMENT_CLERK"), UserFixtureServlet.PASSWORD);
        session.open("/procurement/supplier.xhtml");
        session.type("supplier:name", name);
        session.type("supplier:nip", nip);
        session.type("supplier:address", MARKUP);
        browser.findElement(By.id("supplier:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano dostawcę.");
        assertThat(browser.findElement(By.id("supplier:name")).getAttribute("value")).isEqualTo(name);
        assertNoInjectedMarkup(browser, "the supplier's form");
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        session.open("/procurement/suppliers.xhtml");
        session.type("suppliers:text", nip);
        browser.findElement(By.id("suppliers:search")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("suppliers:list")).getText().contains(name));
        assertNoInjectedMarkup(browser, "the supplier list");

        session.forgetSignIn();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/supplier.xhtml?id=" + id);
        session.visible(By.id("recordHistory")).click();
        session.await().until(d -> d.getCurrentUrl().contains("/audit/trail.xhtml"));
        String history = session.text(By.id("audit:events"));
        assertThat(history).contains("Supplier");
        assertNoInjectedMarkup(browser, "the supplier's history");
        String csv = new String(session.download(By.id("audit:csv"), ".csv"), StandardCharsets.UTF_8);
        // In the change's JSON, inside a CSV cell: quotes escaped twice over, the markup itself as typed.
        assertThat(csv).as("the CSV keeps the text as typed").contains("<img src=x data-cc-xss onerror=")
                .contains("<script data-cc-xss>window.ccXss=1</script>");
        try (var pdf = Loader.loadPDF(session.download(By.id("audit:pdf"), ".pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("<imgsrc=xdata-cc-xss");
        }
    }

    /** Markup saved in an employer and its work site, then in a psychological client's name and session note. */
    @Test
    default void markupSavedInTestingAndHealthSupportFormsIsText(BrowserSession session) {
        WebDriver browser = session.driver();
        String nip = SuppliersTests.freshNip();
        String employer = "Pracodawca " + MARKUP;
        session.signInAndWait("testing", DemoUsers.DEMO_PASSWORD);
        session.open("/testing/employer.xhtml");
        session.type("employer:name", employer);
        session.type("employer:nip", nip);
        session.type("employer:address", MARKUP);
        session.type("employer:contactPerson", MARKUP);
        browser.findElement(By.id("employer:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).isNotBlank();
        assertThat(browser.findElement(By.id("employer:name")).getAttribute("value")).isEqualTo(employer);
        assertNoInjectedMarkup(browser, "the employer's form");
        session.open("/testing/employers.xhtml");
        session.type("employers:text", nip);
        browser.findElement(By.id("employers:search")).click();
        session.await().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("employers:list")).getText().contains(employer));
        assertNoInjectedMarkup(browser, "the employer list");

        session.forgetSignIn();
        session.signInAndWait("centre", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/client.xhtml");
        session.visible(By.cssSelector("label[for='client:targetGroups:0']")).click();
        session.type("client:name", MARKUP);
        session.type("client:consentGivenOn_input", LocalDate.now(ZoneId.of("Europe/Warsaw")).toString());
        browser.findElement(By.id("client:consentGivenOn_input")).sendKeys(Keys.ESCAPE);
        browser.findElement(By.id("client:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Klient przyjęty");
        assertThat(browser.findElement(By.id("client:name")).getAttribute("value")).isEqualTo(MARKUP);
        session.type("notes:body", "Notatka " + MARKUP);
        browser.findElement(By.id("notes:write")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano notatkę.");
        session.visible(By.id("notes:list:0:open")).click();
        assertThat(session.text(By.cssSelector("[id='notes:list:0:note'] .note-body"))).isEqualTo("Notatka " + MARKUP);
        assertNoInjectedMarkup(browser, "the client's record with its note open");
    }

    /** The buttons that save what a form holds (never one that removes, revokes, cancels or signs out). */
    List<String> SAVING_BUTTONS = List.of("save", "submit", "add", "book", "sign", "write", "amend", "propose", "saveBlueCard",
            "issue", "registerSample", "recordBip");

    /**
     * Every form of every page, opened as the first demo role the matrix lets in: each of its text fields and text
     * areas gets the markup (cut to the field's length), then its saving button is clicked. Whether the form saves
     * or explains what is missing, the markup must come back as text; saved, it comes back in the lists too, which
     * are looked at afterwards (and by the accessibility walk).
     */
    @Test
    default void markupTypedIntoEveryFormComesBackAsText(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        Map<String, List<String>> matrix = AuthorizationMatrixBrowserTests.matrix();
        var pagesByCaller = new TreeMap<Integer, List<String>>();
        for (var entry : matrix.entrySet()) {
            String page = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            if (!entry.getKey().startsWith("GET /") || !page.endsWith(".xhtml") || page.startsWith("/error/")
                    || List.of("/login.xhtml", "/expired.xhtml", "/verify.xhtml", "/account/password.xhtml").contains(page)) {
                continue;
            }
            List<String> row = entry.getValue();
            IntStream.range(1, row.size()).filter(i -> row.get(i).equals("200")).findFirst()
                    .ifPresent(caller -> pagesByCaller.computeIfAbsent(caller, c -> new ArrayList<>()).add(page));
        }
        var problems = new ArrayList<String>();
        var visited = new ArrayList<String>();
        int forms = 0;
        int fields = 0;
        int saved = 0;
        for (var entry : pagesByCaller.entrySet()) {
            session.forgetSignIn();
            session.signInAndWait(AuthorizationMatrixBrowserTests.CALLERS.get(entry.getKey()), DemoUsers.DEMO_PASSWORD);
            for (String page : entry.getValue()) {
                session.open(page);
                for (String button : savingButtons(browser)) {
                    session.open(page);
                    Number filled = (Number) ((JavascriptExecutor) browser).executeScript("""
                            const form = document.getElementById(arguments[0]).closest('form');
                            const fields = [...form.querySelectorAll('input[type=text], input:not([type]), textarea')]
                                .filter(f => !f.readOnly && !f.disabled && f.offsetParent !== null
                                    && !f.closest('.ui-calendar, .ui-datepicker, .ui-inputnumber, .ui-spinner, .ui-selectonemenu, .filters'));
                            fields.forEach(f => f.value = f.maxLength > 0 ? arguments[1].substring(0, f.maxLength) : arguments[1]);
                            return fields.length;""", button, MARKUP);
                    if (filled.intValue() == 0) {
                        continue;
                    }
                    forms++;
                    fields += filled.intValue();
                    visited.add(page + "#" + button.substring(button.lastIndexOf(':') + 1));
                    var before = browser.findElement(By.tagName("html"));
                    browser.findElement(By.id(button)).click();
                    // An Ajax button keeps the page and replaces its parts: then the page is not gone after 3 s.
                    session.awaitGone(before, java.time.Duration.ofSeconds(3));
                    session.awaitIdle();
                    if (!browser.findElements(By.cssSelector(".request-id")).isEmpty()) {
                        problems.add(page + " " + button + ": error page");
                    }
                    if (injectedMarkup(browser) != 0) {
                        problems.add(page + " " + button + ": markup rendered");
                    }
                    if (!browser.findElements(By.cssSelector(".ui-messages-info")).isEmpty()) {
                        saved++;
                    }
                }
            }
        }
        for (var entry : pagesByCaller.entrySet()) {
            session.forgetSignIn();
            session.signInAndWait(AuthorizationMatrixBrowserTests.CALLERS.get(entry.getKey()), DemoUsers.DEMO_PASSWORD);
            for (String page : entry.getValue()) {
                session.open(page);
                session.awaitIdle();
                if (injectedMarkup(browser) != 0) {
                    problems.add(page + ": markup rendered from what was saved");
                }
            }
        }
        System.out.printf("Markup in forms: %d forms, %d fields filled, %d saved; %d pages looked at again; forms: %s%n", forms,
                fields, saved, pagesByCaller.values().stream().mapToInt(List::size).sum(), visited);
        assertThat(problems).as("forms that did not give the markup back as text").isEmpty();
        assertThat(forms).as("forms found (11 when this was written)").isGreaterThanOrEqualTo(11);
    }

    /** The ids of the buttons on the page shown now that save a form. */
    @SuppressWarnings("unchecked")
    private static List<String> savingButtons(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('button[id]')]
                    .filter(b => !b.disabled && b.offsetParent !== null && arguments[0].some(n => b.id.endsWith(':' + n)))
                    .map(b => b.id);""", SAVING_BUTTONS);
    }
}

