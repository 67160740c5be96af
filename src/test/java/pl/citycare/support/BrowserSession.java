package pl.citycare.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's Chromium on the deployed application, with the gestures and checks every browser test
 * needs. Made by the {@link Chromium} extension; closed when the suite ends.
 */
public final class BrowserSession implements ExtensionContext.Store.CloseableResource {

    /** The WCAG 2.1 A and AA rule sets axe-core runs. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final URI base;

    BrowserSession(WebDriver driver, URI base) {
        this.driver = driver;
        // A condition that errors is "not yet", not a failure: an Ajax answer replaces the node a condition reads, and
        // Chromium reports that as a plain WebDriverException ("Node with given id does not belong to the document"),
        // not as the StaleElementReferenceException that ExpectedConditions tolerate (a CI run failed on it once).
        // A wait that never holds still fails, after 20 s, with the last error as its cause.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.WebDriverException.class);
        this.base = base;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    public URI base() {
        return base;
    }

    /** Opens a page of the application, e.g. {@code /login.xhtml}. */
    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /**
     * The element once it is shown. An element replaced while it is looked at (a page load or an Ajax update) is
     * looked up again, whichever way Chromium says so (stale, or "does not belong to the document").
     */
    public WebElement visible(By locator) {
        return wait.until(d -> settled(() -> {
            WebElement element = d.findElement(locator);
            return element.isDisplayed() ? element : null;
        }));
    }

    /** The visible text of an element, once it is shown (read again if the element is replaced meanwhile). */
    public String text(By locator) {
        return wait.until(d -> settled(() -> {
            WebElement element = d.findElement(locator);
            return element.isDisplayed() ? element.getText().trim() : null;
        }));
    }

    /** The value, or null (look again) when the element is missing or was replaced under the look. */
    private static <T> T settled(java.util.function.Supplier<T> look) {
        try {
            return look.get();
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException gone) {
            return null;
        } catch (org.openqa.selenium.WebDriverException detached) {
            if (detached.getMessage() != null && detached.getMessage().contains("does not belong to the document")) {
                return null;
            }
            throw detached;
        }
    }

    /** Replaces the content of the input with this id. */
    public void type(String id, String text) {
        WebElement field = visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Puts a date (or date and time) into a PrimeFaces date picker as its text, e.g. {@code "2021-03-15"}.
     * Typing is not reliable there: on a field that already holds a date, the picker puts its own date back
     * when the overlay closes. The text is what the form posts, so the server reads exactly this.
     */
    public void typeDate(String pickerId, String text) {
        WebElement field = visible(By.id(pickerId + "_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    /**
     * Picks the option with this label in a PrimeFaces drop-down through its widget (the call its keyboard
     * and mouse handlers end in; clicking the animated overlay proved flaky), then checks the drop-down
     * shows the label a person would read.
     */
    public void choose(String menuId, String label) {
        // A long list (dynamic="true") sends its options only when the menu is first opened: load them as opening does.
        ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w.cfg.dynamic && !w.isDynamicLoaded) { w.dynamicPanelLoad(); }", menuId);
        // The options may still be on their way (a drop-down another field's Ajax re-renders).
        String value = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage("option '" + label + "' in " + menuId).until(d -> d.findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                        .filter(option -> option.getAttribute("textContent").trim().equals(label)).findFirst()
                        .map(option -> option.getAttribute("value")).orElse(null));
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        wait.until(d -> d.findElement(By.id(menuId)).getText().contains(label));
    }

    /**
     * Clicks what starts a download and returns the downloaded file's bytes, once Chromium has finished
     * writing it (no {@code .crdownload} left).
     */
    public byte[] download(By trigger, String fileNameSuffix) {
        try (var old = Files.list(Chromium.DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
            driver.findElement(trigger).click();
            Path file = new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("a download ending " + fileNameSuffix)
                    .until(d -> {
                        try (var files = Files.list(Chromium.DOWNLOADS)) {
                            return files.filter(f -> f.getFileName().toString().endsWith(fileNameSuffix)).findFirst().orElse(null);
                        } catch (IOException e) {
                            return null;
                        }
                    });
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the download", e);
        }
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        WebElement submit = driver.findElement(By.id("login:submit"));
        submit.click();
        wait.until(driver -> isGone(submit)); // the answer page has replaced the form
    }

    /**
     * A fresh account with these roles and the password {@link UserFixtureServlet#PASSWORD}, made by the
     * test deployment's fixture servlet: tests that change an account (lock it, switch its language)
     * change their own.
     */
    public String newUser(String... roles) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(base.resolve("/it-fixtures/users?roles=" + String.join(",", roles)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("fixture account made").isEqualTo(200);
            return response.body().trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and waits until the home page shows who is signed in. */
    public void signInAndWait(String username, String password) {
        signIn(username, password);
        visible(By.id("user-name"));
    }

    public void signOut() {
        visible(By.id("topbar:logout")).click();
        visible(By.id("loggedOut"));
    }

    /** Every entry of the main menu, submenus included, as the page holds them. */
    public List<String> menuTexts() {
        return driver.findElements(By.cssSelector("#menuForm\\:menubar .ui-menuitem-text")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    /** Fails on any serious or critical WCAG 2.1 A/AA violation axe-core finds on the page shown now. */
    public void assertAccessible(String page) {
        // Colours as a person sees them once the page is still: a button PrimeFaces enables again after its Ajax
        // request fades back in over 0.2 s, and axe must not measure it halfway (CI once did). Without transitions
        // every state shows its final colour at once.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "if (!document.getElementById('cc-test-still')) {"
                        + " const still = document.createElement('style'); still.id = 'cc-test-still';"
                        + " still.textContent = '*, *::before, *::after { transition: none !important; }';"
                        + " document.head.appendChild(still); }");
        awaitIdle();
        Results byTag = analyze(new AxeBuilder().withTags(WCAG_21_AA));
        // WCAG 2.5.3 (label in name) is an experimental rule in axe-core 4.11, so not among the tagged ones.
        Results labelInName = analyze(new AxeBuilder().withOnlyRules(List.of("label-content-name-mismatch")));
        List<String> serious = java.util.stream.Stream.concat(byTag.getViolations().stream(),
                        labelInName.getViolations().stream())
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + nodes(rule))
                .toList();
        assertThat(serious).as("axe-core serious/critical violations on " + page).isEmpty();
        // Every page looked at here is also searched for markup the injection corpora saved (InjectionBrowserTests).
        pl.citycare.platform.web.InjectionBrowserTests.assertNoInjectedMarkup(driver, page);
    }

    /**
     * Waits (at most two seconds) for Ajax to finish and CSS transitions to end: before axe measures colours (as a
     * person sees them, not halfway through a hover fading out), and before a click that an Ajax re-render of the
     * same form would swallow.
     */
    public void awaitIdle() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return (!!window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty()) || document.getAnimations().some(a => "
                        + "a.playState === 'running' && a.effect && a.effect.getComputedTiming().iterations !== Infinity);"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Waits (at most {@code timeout}) for the element to leave the page shown, as it does when a post's answer replaces
     * the page; true if it did. Selenium's {@code stalenessOf} expects one of Chromium's two answers only and fails
     * the test on the other ("does not belong to the document", CI once did).
     */
    public boolean awaitGone(WebElement element, java.time.Duration timeout) {
        try {
            // A wait of its own: withTimeout on the shared one would shorten every later wait of the session.
            new WebDriverWait(driver, timeout).until(d -> isGone(element));
            return true;
        } catch (org.openqa.selenium.TimeoutException stayed) {
            return false;
        }
    }

    /** True once the element no longer belongs to the page shown (Chromium may say so in either of two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException detached) {
            return detached.getMessage() != null && detached.getMessage().contains("does not belong to the document");
        }
    }

    /** Runs axe once more when the page was still settling (a node went away under it). */
    private Results analyze(AxeBuilder axe) {
        try {
            return axe.analyze(driver);
        } catch (org.openqa.selenium.WebDriverException settling) {
            return axe.analyze(driver);
        }
    }

    /** Fails when the Content-Security-Policy blocked a script or resource since the last look. */
    public void assertNoContentSecurityPolicyErrors() {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertThat(blocked).as("resources or scripts blocked by the Content-Security-Policy").isEmpty();
    }

    private static String nodes(Rule rule) {
        return rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList().toString();
    }

    /** Forgets the application's cookies, so the next test starts signed out. */
    public void forgetSignIn() {
        open("/login.xhtml");
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.BROWSER).getAll(); // read, so the next test sees only its own
    }

    @Override
    public void close() {
        driver.quit();
    }
}
