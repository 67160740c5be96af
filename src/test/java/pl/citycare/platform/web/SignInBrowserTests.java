package pl.citycare.platform.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pl.citycare.platform.demo.DemoUsers.DemoUser;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;
import pl.citycare.support.UserFixtureServlet;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk sees in Chromium: signing in as every demo role, the menu each role gets, lockout,
 * the language switch, error pages, and accessibility (axe-core) of the login and home pages.
 * Runs in {@code CityCareBrowserIT}.
 */
public interface SignInBrowserTests {

    List<String> PROCUREMENT = List.of("Strona główna", "Moje konto", "Zakupy", "Budżet", "Sprawozdanie", "Dostawcy", "Wnioski", "Umowy", "Bezczynny sprzęt", "Progi");

    /** The menu each role must see, exactly, in Polish (menu entry texts, submenus included). */
    Map<Role, List<String>> MENUS = Map.of(
            Role.ADMIN, List.of("Strona główna", "Moje konto", "Wsparcie psychologiczne", "Centra i psycholodzy",
                    "Testy COVID-19", "Klucze API laboratoriów", "Zakupy", "Progi", "Administracja", "Użytkownicy", "Dziennik logowań", "Klucze szyfrowania"),
            Role.HOTLINE_PSYCHOLOGIST, List.of("Strona główna", "Moje konto", "Wsparcie psychologiczne",
                    "Rozmowa na linii", "Oddzwonienia", "Moje dyżury"),
            Role.CENTRE_PSYCHOLOGIST, List.of("Strona główna", "Moje konto", "Wsparcie psychologiczne", "Klienci", "Wizyty"),
            Role.HEALTH_COORDINATOR, List.of("Strona główna", "Moje konto", "Wsparcie psychologiczne",
                    "Centra i psycholodzy", "Grafik dyżurów", "Rozmowy na linii", "Kto czytał notatki", "Statystyki", "Okres przechowywania"),
            Role.TESTING_CLERK, List.of("Strona główna", "Moje konto", "Testy COVID-19", "Pracodawcy", "Pracownicy", "Import list pracowników", "Punkty pobrań", "Kalendarz terminów", "Próbki i wyniki",
                    "Import wyników", "Wyniki nieprzypisane", "Wyniki dodatnie", "Statystyki", "Okres przechowywania"),
            Role.PROCUREMENT_CLERK, PROCUREMENT,
            Role.PROCUREMENT_APPROVER, PROCUREMENT,
            Role.AUDITOR, List.of("Strona główna", "Moje konto", "Zakupy", "Budżet", "Sprawozdanie", "Dostawcy", "Wnioski", "Umowy", "Bezczynny sprzęt", "Progi", "Audyt",
                    "Ślad audytowy", "Rejestr postępowań", "Kontrole audytowe"));

    Map<Role, String> ROLE_NAMES_PL = Map.of(
            Role.ADMIN, "Administrator IT",
            Role.HOTLINE_PSYCHOLOGIST, "Psycholog linii wsparcia",
            Role.CENTRE_PSYCHOLOGIST, "Psycholog centrum",
            Role.HEALTH_COORDINATOR, "Koordynator programu wsparcia",
            Role.TESTING_CLERK, "Urzędnik programu testów",
            Role.PROCUREMENT_CLERK, "Specjalista ds. zamówień",
            Role.PROCUREMENT_APPROVER, "Kierownik jednostki (zatwierdzający)",
            Role.AUDITOR, "Audytor");

    @Test
    default void loginPageIsPolishAccessibleAndAsksForBothFields(BrowserSession session) {
        WebDriver browser = session.driver();
        session.open("/login.xhtml");
        assertThat(browser.getTitle()).isEqualTo("Logowanie · CityCare");
        session.assertAccessible("login");
        Chromium.screenshot(browser, "login-pl");

        browser.findElement(By.id("login:submit")).click();

        assertThat(session.text(By.cssSelector("[id='login:username'] ~ .ui-message-error, .field:nth-of-type(1) .ui-message-error")))
                .contains("Podaj nazwę użytkownika.");
        assertThat(browser.findElement(By.cssSelector(".field:nth-of-type(2) .ui-message-error")).getText())
                .contains("Podaj hasło.");
        session.assertNoContentSecurityPolicyErrors();
    }

    @Test
    default void everyDemoRoleSignsInAndSeesExactlyItsMenu(BrowserSession session) {
        WebDriver browser = session.driver();
        for (DemoUser demo : DemoUsers.USERS) {
            session.signIn(demo.username(), DemoUsers.DEMO_PASSWORD);

            assertThat(session.text(By.id("user-name"))).as(demo.username()).isEqualTo(demo.displayName());
            assertThat(session.text(By.id("user-roles"))).as(demo.username()).isEqualTo(ROLE_NAMES_PL.get(demo.role()));
            assertThat(session.menuTexts()).as("menu of " + demo.role()).containsExactlyElementsOf(MENUS.get(demo.role()));
            assertThat(browser.findElement(By.cssSelector(".roles")).getText()).contains(ROLE_NAMES_PL.get(demo.role()));
            session.assertAccessible("home of " + demo.username());
            session.assertNoContentSecurityPolicyErrors();
            Chromium.screenshot(browser, "home-" + demo.username());

            browser.findElement(By.id("topbar:logout")).click();
            assertThat(session.text(By.id("loggedOut"))).contains("Wylogowano.");
        }
    }

    @Test
    default void signingInGivesTheBrowserANewSessionId(BrowserSession session) {
        WebDriver browser = session.driver();
        session.open("/login.xhtml");
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();

        session.signIn("centre", DemoUsers.DEMO_PASSWORD);
        session.text(By.id("user-name"));

        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    default void theAuditorVerifiesTheAuditChain(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signIn("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/audit/trail.xhtml");
        assertThat(browser.findElements(By.cssSelector("[id='audit:events'] tbody tr"))).isNotEmpty();

        browser.findElement(By.id("audit:verify")).click();

        assertThat(session.text(By.id("audit:verifyResult"))).matches("Ślad jest nienaruszony: sprawdzono \\d{1,3}([\\s\u00a0\u202f]\\d{3})* zdarzeń\\."); // grouped as Polish writes thousands
        Chromium.screenshot(browser, "audit-trail");
    }

    @Test
    default void otherRolesAreRefusedTheAuditTrailAndUnknownPagesAreExplained(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signIn("hotline", DemoUsers.DEMO_PASSWORD);
        session.text(By.id("user-name"));

        session.open("/audit/trail.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Brak dostępu");
        assertThat(browser.getPageSource()).doesNotContain("Ślad jest").doesNotContain("UserAccount");

        session.open("/no-such-page.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Nie znaleziono strony");
        assertThat(session.text(By.id("error-text"))).contains("Skorzystaj z menu");
        Chromium.screenshot(browser, "error-404");
    }

    /** Waits for the page heading a language switch (a page load) ends with; the old heading may be read as it goes. */
    private static void awaitHeading(BrowserSession session, String heading) {
        session.await().until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    @Test
    default void theChosenLanguageIsRememberedForTheUser(BrowserSession session) {
        WebDriver browser = session.driver();
        String clerk = session.newUser("TESTING_CLERK");
        session.signInAndWait(clerk, UserFixtureServlet.PASSWORD);

        browser.findElement(By.cssSelector("a.language[lang='en']")).click();
        awaitHeading(session, "Home");
        assertThat(session.menuTexts()).containsExactly("Home", "My account", "COVID-19 testing", "Employers", "Workers",
                "Import worker lists", "Test sites", "Slot calendar", "Samples and results", "Import lab results", "Unmatched results",
                "Positive results", "Statistics", "Retention");

        browser.findElement(By.cssSelector("a.language[lang='uk']")).click();
        awaitHeading(session, "Головна сторінка");
        assertThat(session.text(By.id("user-roles"))).isEqualTo("Працівник програми тестування");
        session.assertAccessible("home in Ukrainian");
        Chromium.screenshot(browser, "home-uk");

        browser.findElement(By.id("topbar:logout")).click();
        session.text(By.id("loggedOut"));
        session.signIn(clerk, UserFixtureServlet.PASSWORD);
        awaitHeading(session, "Головна сторінка");

        browser.findElement(By.cssSelector("a.language[lang='pl']")).click();
        awaitHeading(session, "Strona główna");
    }

    @Test
    default void aTimedOutSessionIsExplainedOnTheLoginPage(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signIn("coordinator", DemoUsers.DEMO_PASSWORD);
        session.text(By.id("user-name"));
        // The server forgets the session (as after 30 idle minutes): the browser's session id is now unknown.
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "expired0000000000000000000000"));

        session.open("/index.xhtml");

        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(session.text(By.id("expired"))).contains("Sesja wygasła po 30 minutach bezczynności");

        session.open("/login.xhtml"); // said once, not on every later visit
        assertThat(browser.findElements(By.id("expired"))).isEmpty();
    }

    @Test
    default void fiveWrongPasswordsLockTheAccountWithAClearMessage(BrowserSession session) {
        WebDriver browser = session.driver();
        String approver = session.newUser("PROCUREMENT_APPROVER");
        session.signIn(approver, "not-the-password");
        assertThat(session.text(By.cssSelector(".ui-messages-error"))).contains("Nieprawidłowa nazwa użytkownika lub hasło.");

        for (int attempt = 2; attempt <= 5; attempt++) {
            session.signIn(approver, "not-the-password-" + attempt);
        }
        String locked = session.text(By.cssSelector(".ui-messages-error"));
        assertThat(locked).matches("(?s).*Konto zostało zablokowane po zbyt wielu błędnych hasłach\\. "
                + "Spróbuj ponownie po \\d{1,2}:\\d{2}\\..*");

        session.signIn(approver, UserFixtureServlet.PASSWORD);
        assertThat(session.text(By.cssSelector(".ui-messages-error"))).contains("Konto zostało zablokowane");
        assertThat(browser.findElements(By.id("user-name"))).isEmpty();
        Chromium.screenshot(browser, "login-locked");
    }
}
