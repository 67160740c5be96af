package pl.citycare.platform.security.administration.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.web.SignInBrowserTests;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's account work in Chromium: create a clerk, who must change the temporary
 * password before anything else and then sees the menu of the assigned role; the rules that protect
 * the administrator; unlocking; the sign-in log. Runs in {@code CityCareBrowserIT}.
 */
public interface AccountAdministrationBrowserTests {

    String TEMPORARY = "Tymczasowe-Haslo-2026";
    String CHOSEN = "Wawel i Sukiennice 1257";

    /** Ticks the checkbox whose label is {@code label} in a PrimeFaces selectManyCheckbox. */
    private void toggleRole(BrowserSession session, String label) {
        // Waits for it: the user's page may still be loading after the click that opened it.
        session.visible(By.xpath("//*[@id='user:roles']//label[normalize-space(.)='" + label + "']")).click();
    }

    private String createClerk(BrowserSession session) {
        WebDriver browser = session.driver();
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 6);
        session.open("/admin/users.xhtml");
        session.visible(By.id("users:new")).click();
        session.type("user:username", username);
        session.type("user:displayName", "Zofia Testowa");
        toggleRole(session, "Urzędnik programu testów");
        session.type("user:temporaryPassword", "krotkie");
        browser.findElement(By.id("user:save")).click();
        assertThat(session.visible(By.cssSelector("[id='user:temporaryPassword'] ~ .ui-message-error, .field .ui-message-error"))
                .getText()).contains("Co najmniej 12 znaków.");

        session.type("user:temporaryPassword", TEMPORARY);
        browser.findElement(By.id("user:save")).click();
        assertThat(session.visible(By.cssSelector(".ui-messages-info")).getText())
                .contains("Utworzono konto " + username);
        return username;
    }

    @Test
    default void aNewClerkMustChooseTheirOwnPasswordAndThenSeesTheirMenu(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signIn("admin", DemoUsers.DEMO_PASSWORD);
        String clerk = createClerk(session);
        Chromium.screenshot(browser, "admin-user-created");
        session.signOut();

        session.signIn(clerk, TEMPORARY);
        assertThat(session.visible(By.id("mustChange")).getText()).contains("Zalogowano hasłem tymczasowym");
        session.open("/index.xhtml");
        assertThat(browser.getCurrentUrl()).as("nothing else opens before the change").endsWith("/account/password.xhtml");
        session.open("/api/me");
        assertThat(browser.getPageSource()).as("nor the API").contains("password-change-required");
        session.open("/account/password.xhtml");

        session.type("password:current", "not-the-temporary-one");
        session.type("password:new", CHOSEN);
        session.type("password:confirmation", CHOSEN);
        browser.findElement(By.id("password:submit")).click();
        assertThat(session.visible(By.cssSelector(".ui-message-error, .ui-messages-error")).getText())
                .as("a wrong current password is refused").isNotBlank();

        session.type("password:current", TEMPORARY);
        session.type("password:new", "password1234");
        session.type("password:confirmation", "password1234");
        browser.findElement(By.id("password:submit")).click();
        assertThat(session.visible(By.cssSelector(".ui-message-error")).getText()).contains("To hasło jest zbyt popularne");

        session.type("password:current", TEMPORARY);
        session.type("password:new", CHOSEN);
        session.type("password:confirmation", CHOSEN);
        browser.findElement(By.id("password:submit")).click();

        assertThat(session.visible(By.cssSelector(".ui-messages-info")).getText()).contains("Hasło zostało zmienione.");
        assertThat(session.visible(By.id("user-roles")).getText()).isEqualTo("Urzędnik programu testów");
        assertThat(browser.findElements(By.cssSelector("#menuForm\\:menubar .ui-menuitem-text")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList())
                .containsExactlyElementsOf(SignInBrowserTests.MENUS.get(Role.TESTING_CLERK));
        session.open("/admin/users.xhtml");
        assertThat(session.visible(By.tagName("h1")).getText()).isEqualTo("Brak dostępu");
        Chromium.screenshot(browser, "clerk-after-password-change");
    }

    @Test
    default void theAdministratorCannotDemoteOrDeactivateThemselves(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signIn("admin", DemoUsers.DEMO_PASSWORD);
        session.open("/admin/users.xhtml");
        session.type("users:text", "admin");
        browser.findElement(By.id("users:search")).click();
        By adminLink = By.xpath("//a[contains(@class,'user-link') and text()='admin']");
        session.await().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(adminLink).click(); // the list is re-rendered by the search: retry a stale link
            return true;
        });

        toggleRole(session, "Administrator IT");
        toggleRole(session, "Audytor");
        browser.findElement(By.id("user:save")).click();
        assertThat(session.visible(By.cssSelector(".ui-messages-error")).getText())
                .contains("Nie możesz odebrać sobie roli administratora.");

        session.visible(By.id("status:deactivate")).click();
        // The earlier message stays until the answer replaces it: wait for the answer, not for any message.
        session.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"),
                "Nie możesz dezaktywować własnego konta."));
        assertThat(session.visible(By.id("account-status")).getText()).contains("aktywne");
    }

    @Test
    default void aLockedClerkIsUnlockedByTheAdministratorAndTheLogShowsIt(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signIn("admin", DemoUsers.DEMO_PASSWORD);
        String clerk = createClerk(session);
        String editPage = browser.getCurrentUrl().replaceAll("^.*?(/admin/user\\.xhtml.*)$", "$1");
        session.signOut();

        for (int attempt = 1; attempt <= 5; attempt++) {
            session.signIn(clerk, "wrong-password-" + attempt);
        }
        assertThat(session.visible(By.cssSelector(".ui-messages-error")).getText()).contains("Konto zostało zablokowane");

        session.signIn("admin", DemoUsers.DEMO_PASSWORD);
        session.open(editPage);
        assertThat(session.visible(By.id("account-status")).getText()).contains("zablokowane");
        session.visible(By.id("status:unlock")).click();
        assertThat(session.visible(By.cssSelector(".ui-messages-info")).getText()).contains("Konto odblokowane.");

        session.open("/admin/sign-ins.xhtml");
        session.type("signIns:username", clerk);
        browser.findElement(By.id("signIns:search")).click();
        // Until the filtered table has replaced the unfiltered one (which may list the clerk too): every row is theirs.
        List<String> outcomes = session.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='signIns:attempts'] tbody tr"));
            boolean filtered = !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains(clerk));
            return filtered ? d.findElements(By.cssSelector("[id='signIns:attempts'] tbody tr td:nth-child(4)"))
                    .stream().map(WebElement::getText).toList() : null;
        });
        assertThat(outcomes).hasSize(5).containsOnly("błędne hasło");
        Chromium.screenshot(browser, "admin-sign-in-log");
        session.signOut();

        session.signIn(clerk, TEMPORARY);
        assertThat(session.visible(By.id("mustChange")).getText()).contains("Zalogowano hasłem tymczasowym");
    }
}
