package pl.citycare.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

/** One Chromium on the deployed application, with the few gestures every browser test needs. */
public final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final URI base;

    private BrowserSession(URL deployed) {
        this.driver = Chromium.start();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = Deployments.loopback(deployed);
    }

    public static BrowserSession start(URL deployed) {
        return new BrowserSession(deployed);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens a page of the application, e.g. {@code /login.xhtml}. */
    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The visible text of an element, once it is shown. */
    public String text(By locator) {
        return visible(locator).getText().trim();
    }

    /** Replaces the content of the input with this id. */
    public void type(String id, String text) {
        WebElement field = visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        driver.findElement(By.id("login:submit")).click();
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

    @Override
    public void close() {
        driver.quit();
    }
}
