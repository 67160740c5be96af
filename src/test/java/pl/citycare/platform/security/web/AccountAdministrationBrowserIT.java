package pl.citycare.platform.security.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.citycare.platform.demo.DemoData;
import pl.citycare.support.Chromium;
import pl.citycare.support.Deployments;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's account work in Chromium: create a clerk, who must change the temporary
 * password before anything else and then sees the menu of the assigned role; the rules that protect
 * the administrator; unlocking; the sign-in log.
 */
@ExtendWith(Chromium.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationBrowserIT {

    private static final String TEMPORARY = "Tymczasowe-Haslo-2026";
    private static final String CHOSEN = "Wawel i Sukiennice 1257";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get(Deployments.loopback(base).resolve(path).toString());
    }

    private WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void type(String id, String text) {
        WebElement field = visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void signOut() {
        visible(By.id("topbar:logout")).click();
        visible(By.id("loggedOut"));
    }

    private String messages() {
        return visible(By.cssSelector(".ui-messages, .ui-message")).findElement(By.xpath("ancestor::main"))
                .findElements(By.cssSelector(".ui-messages, .ui-message")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
    }

    /** Ticks the checkbox whose label is {@code label} in a PrimeFaces selectManyCheckbox. */
    private void toggleRole(String label) {
        browser.findElement(By.xpath("//*[@id='user:roles']//label[normalize-space(.)='" + label + "']"))
                .click();
    }

    private String createClerk() {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 6);
        open("/admin/users.xhtml");
        visible(By.id("users:new")).click();
        type("user:username", username);
        type("user:displayName", "Zofia Testowa");
        toggleRole("Urzędnik programu testów");
        type("user:temporaryPassword", "krotkie");
        browser.findElement(By.id("user:save")).click();
        assertThat(visible(By.cssSelector("[id='user:temporaryPassword'] ~ .ui-message-error, .field .ui-message-error"))
                .getText()).contains("Co najmniej 12 znaków.");

        type("user:temporaryPassword", TEMPORARY);
        browser.findElement(By.id("user:save")).click();
        assertThat(visible(By.cssSelector(".ui-messages-info")).getText())
                .contains("Utworzono konto " + username);
        return username;
    }

    @Test
    void aNewClerkMustChooseTheirOwnPasswordAndThenSeesTheirMenu() {
        signIn("admin", DemoData.DEMO_PASSWORD);
        String clerk = createClerk();
        Chromium.screenshot(browser, "admin-user-created");
        signOut();

        signIn(clerk, TEMPORARY);
        assertThat(visible(By.id("mustChange")).getText()).contains("Zalogowano hasłem tymczasowym");
        open("/index.xhtml");
        assertThat(browser.getCurrentUrl()).as("nothing else opens before the change").endsWith("/account/password.xhtml");

        type("password:current", TEMPORARY);
        type("password:new", "password1234");
        type("password:confirmation", "password1234");
        browser.findElement(By.id("password:submit")).click();
        assertThat(visible(By.cssSelector(".ui-message-error")).getText()).contains("To hasło jest zbyt popularne");

        type("password:current", TEMPORARY);
        type("password:new", CHOSEN);
        type("password:confirmation", CHOSEN);
        browser.findElement(By.id("password:submit")).click();

        assertThat(visible(By.cssSelector(".ui-messages-info")).getText()).contains("Hasło zostało zmienione.");
        assertThat(visible(By.id("user-roles")).getText()).isEqualTo("Urzędnik programu testów");
        assertThat(browser.findElements(By.cssSelector("#menuForm\\:menubar .ui-menuitem-text")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList())
                .containsExactly("Strona główna", "Moje konto");
        open("/admin/users.xhtml");
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Brak dostępu");
        Chromium.screenshot(browser, "clerk-after-password-change");
    }

    @Test
    void theAdministratorCannotDemoteOrDeactivateThemselves() {
        signIn("admin", DemoData.DEMO_PASSWORD);
        open("/admin/users.xhtml");
        type("users:text", "admin");
        browser.findElement(By.id("users:search")).click();
        By adminLink = By.xpath("//a[contains(@class,'user-link') and text()='admin']");
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(adminLink).click(); // the list is re-rendered by the search: retry a stale link
            return true;
        });

        toggleRole("Administrator IT");
        toggleRole("Audytor");
        browser.findElement(By.id("user:save")).click();
        assertThat(visible(By.cssSelector(".ui-messages-error")).getText())
                .contains("Nie możesz odebrać sobie roli administratora.");

        visible(By.id("status:deactivate")).click();
        assertThat(visible(By.cssSelector(".ui-messages-error")).getText())
                .contains("Nie możesz dezaktywować własnego konta.");
        assertThat(visible(By.id("account-status")).getText()).contains("aktywne");
    }

    @Test
    void aLockedClerkIsUnlockedByTheAdministratorAndTheLogShowsIt() {
        signIn("admin", DemoData.DEMO_PASSWORD);
        String clerk = createClerk();
        String editPage = browser.getCurrentUrl().replaceAll("^.*?(/admin/user\\.xhtml.*)$", "$1");
        signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(clerk, "wrong-password-" + attempt);
        }
        assertThat(visible(By.cssSelector(".ui-messages-error")).getText()).contains("Konto zostało zablokowane");

        signIn("admin", DemoData.DEMO_PASSWORD);
        open(editPage);
        assertThat(visible(By.id("account-status")).getText()).contains("zablokowane");
        visible(By.id("status:unlock")).click();
        assertThat(visible(By.cssSelector(".ui-messages-info")).getText()).contains("Konto odblokowane.");

        open("/admin/sign-ins.xhtml");
        type("signIns:username", clerk);
        browser.findElement(By.id("signIns:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signIns:attempts"), clerk));
        List<String> outcomes = browser.findElements(By.cssSelector("[id='signIns:attempts'] tbody tr td:nth-child(4)"))
                .stream().map(WebElement::getText).toList();
        assertThat(outcomes).hasSize(5).containsOnly("błędne hasło");
        Chromium.screenshot(browser, "admin-sign-in-log");
        signOut();

        signIn(clerk, TEMPORARY);
        assertThat(visible(By.id("mustChange")).getText()).contains("Zalogowano hasłem tymczasowym");
    }
}
