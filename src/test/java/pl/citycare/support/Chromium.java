package pl.citycare.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Debian's Chromium for the browser suite, as a JUnit extension: one browser for the whole suite (a
 * start costs seconds), handed to each test as a {@link BrowserSession} parameter and emptied of the
 * application's cookies after each test, so every test starts signed out.
 * <p>
 * Where Chromium is not installed the suite is skipped, loudly; on CI ({@code CI=true}) a missing
 * Chromium fails it instead, so a green CI always means the browser tests ran.
 */
public final class Chromium implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    /** Where the browser saves downloads (PDF included: opened by the test, not by a viewer). */
    static final Path DOWNLOADS = downloadDirectory();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (BROWSER.canExecute() && DRIVER.canExecute()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + BROWSER);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            // Enabled on purpose: start() fails the suite with the reason.
            return ConditionEvaluationResult.enabled("CI=true and Chromium is missing: the suite must fail");
        }
        String reason = "BROWSER TESTS SKIPPED: " + BROWSER + " or " + DRIVER
                + " is missing (apt-get install -y chromium chromium-driver)";
        System.err.println("\n*****\n***** " + reason + "\n*****\n");
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public BrowserSession resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Server server = (Server) context.getRequiredTestInstance();
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(BrowserSession.class,
                key -> new BrowserSession(start(), server.server()), BrowserSession.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserSession session = context.getRoot().getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session != null) {
            if (context.getExecutionException().isPresent()) {
                screenshot(session.driver(), "failed-" + context.getRequiredTestMethod().getName());
            }
            session.forgetSignIn();
        }
    }

    /**
     * A Chromium of its own for a test outside the browser suite (the fault tests, which start CityCare themselves):
     * close it when done.
     */
    public static BrowserSession session(java.net.URI base) {
        return new BrowserSession(start(), base);
    }

    /** A fresh headless Chromium with its own profile, Polish by default, talking to nothing but the app. */
    static WebDriver start() {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Chromium is required here (CI=true) but " + BROWSER + " or " + DRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("citycare-chromium");
            var options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=pl-PL",
                    "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                    "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
            System.setProperty("webdriver.chrome.driver", DRIVER.getPath()); // no Selenium Manager download
            var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
    }

    private static Path downloadDirectory() {
        try {
            return Files.createTempDirectory("citycare-downloads");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the browser's download directory", e);
        }
    }

    /** Saves what the browser shows under target/screenshots/NAME.png, for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("citycare.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
