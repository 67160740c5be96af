package pl.citycare.procurement.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk signs a contract with two lines and amends it; both versions stay readable, in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface ContractBrowserTests {

    /** Picks the option of a select menu whose label contains {@code text}. */
    private static void pickByLabel(WebDriver browser, String menuId, String text) {
        ((JavascriptExecutor) browser).executeScript("var s = document.getElementById(arguments[0] + '_input');"
                + "var o = Array.from(s.options).find(o => o.text.indexOf(arguments[1]) >= 0);"
                + "PrimeFaces.getWidgetById(arguments[0]).selectValue(o.value);", menuId, text);
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    @Test
    default void aClerkSignsAContractAndAmendsItAndTheFirstVersionStaysReadable(BrowserSession session) {
        WebDriver browser = session.driver();
        String number = "ZP/BT/" + UUID.randomUUID().toString().substring(0, 6);
        session.signInAndWait("buyer", DemoUsers.DEMO_PASSWORD);
        session.open("/procurement/contracts.xhtml");
        // The demo's amended contract, found by its number (other tests' contracts may fill the first page).
        session.type("contracts:text", "covid/3/2020");
        browser.findElement(By.id("contracts:search")).click();
        session.awaitIdle();
        session.await().until(d -> d.findElements(By.cssSelector("[id='contracts:list_data'] > tr")).size() == 1);
        assertThat(session.text(By.id("contracts:list"))).contains("ZP/COVID/3/2020");
        session.visible(By.id("new")).click();
        session.visible(By.id("contract:request"));

        pickByLabel(browser, "contract:request", "Fartuchy ochronne");
        pickByLabel(browser, "contract:supplier", "Fartuchy i Odzież Medyczna");
        session.type("contract:number", number);
        session.typeDate("contract:signedOn", "2021-04-21");
        session.typeDate("contract:termUntil", "2021-06-30");
        session.type("contract:lines:0:item", "Kombinezon ochronny");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('contract:lines:0:cpv').selectValue('MEDICAL_CLOTHING');");
        session.type("contract:lines:0:quantity_input", "-5");
        session.type("contract:lines:0:unitNet_input", "30");
        browser.findElement(By.id("contract:sign")).click();

        assertThat(session.text(By.cssSelector("[id='contract:lines:0:quantity'] ~ .ui-message-error")))
                .contains("Ilość musi być większa od zera");
        assertThat(browser.findElement(By.id("contract:lines:0:item")).getAttribute("value")).isEqualTo("Kombinezon ochronny");
        session.assertAccessible("contract with a negative quantity");

        browser.findElement(By.id("contract:lines:0:quantity_input")).sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "100");
        session.visible(By.id("contract:addLine")).click();
        session.visible(By.id("contract:lines:1:item"));
        session.type("contract:lines:1:item", "Gogle ochronne");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('contract:lines:1:cpv').selectValue('PROTECTIVE_GEAR');");
        session.type("contract:lines:1:quantity_input", "40");
        session.type("contract:lines:1:unitNet_input", "12,5");
        browser.findElement(By.id("contract:sign")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano umowę " + number);
        // 100 × 30.00 + 40 × 12.50 = 3,500.00 net; 23 % VAT = 805.00; 4,305.00 gross
        assertThat(squeezed(session.text(By.id("netTotal")))).isEqualTo("3500,00zł");
        assertThat(squeezed(session.text(By.id("vatTotal")))).isEqualTo("805,00zł");
        assertThat(squeezed(session.text(By.id("grossTotal")))).isEqualTo("4305,00zł");
        session.assertAccessible("signed contract");

        session.typeDate("amendment:signedOn", "2021-05-10");
        session.type("amendment:reason", "Zwiększenie liczby kombinezonów");
        browser.findElement(By.id("amendment:lines:0:quantity_input")).sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "120");
        browser.findElement(By.id("amendment:amend")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("obowiązuje wersja 2");
        assertThat(squeezed(session.text(By.id("grossTotal")))).isEqualTo("5043,00zł");
        assertThat(session.text(By.id("shownFacts"))).contains("Zwiększenie liczby kombinezonów");

        browser.findElements(By.cssSelector(".version-link")).get(0).click();
        assertThat(session.text(By.id("shownTitle"))).isEqualTo("Umowa pierwotna");
        assertThat(squeezed(session.text(By.id("grossTotal")))).isEqualTo("4305,00zł");
        session.assertAccessible("contract's first version");

        // Realisation: 50 coveralls arrive, then the invoice; one dated tomorrow is refused beside its date.
        browser.findElements(By.cssSelector(".version-link")).get(1).click();
        session.type("delivery:protocolNumber", "PO/" + number);
        session.typeDate("delivery:deliveredOn", "2021-05-20");
        session.type("delivery:receivedBy", "Zofia Żółkiewska");
        session.type("delivery:lines:0:quantity_input", "50");
        browser.findElement(By.id("delivery:accept")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano odbiór");
        assertThat(session.text(By.id("progress"))).contains("Kombinezon ochronny").contains("50 szt.").contains("70 szt.");
        assertThat(session.text(By.id("protocols:deliveries"))).contains("Zofia Żółkiewska");

        session.type("invoice:number", "FV/" + number);
        session.typeDate("invoice:issuedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")).plusDays(1).toString());
        session.typeDate("invoice:dueOn", "2030-01-01");
        session.type("invoice:net_input", "1500");
        session.type("invoice:vat_input", "345");
        browser.findElement(By.id("invoice:receive")).click();
        assertThat(session.text(By.cssSelector("[id='invoice:issuedOn'] ~ .ui-message-error")))
                .contains("nie może być późniejsza niż dziś");
        assertThat(browser.findElement(By.id("invoice:number")).getAttribute("value")).isEqualTo("FV/" + number);
        session.typeDate("invoice:issuedOn", "2021-05-21");
        session.typeDate("invoice:dueOn", "2021-06-20");
        browser.findElement(By.id("invoice:receive")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano fakturę FV/" + number);
        assertThat(session.text(By.cssSelector("[id='invoices'] tr.overdue"))).contains("po terminie, niezapłacona");
        session.assertAccessible("contract with a delivery and an overdue invoice");

        // 20 of the 50 coveralls go to a care home; 21 more than are left would take the stock below zero.
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('handover:line').selectValue('0');"
                + "PrimeFaces.getWidgetById('handover:recipientKind').selectValue('CARE_HOME');");
        session.type("handover:recipientName", "Dom Pomocy Społecznej Podgórze");
        session.type("handover:quantity_input", "51");
        session.typeDate("handover:handedOn", "2021-05-25");
        browser.findElement(By.id("handover:handOver")).click();
        assertThat(session.text(By.cssSelector("[id='handover:quantity'] ~ .ui-message-error"))).contains("W magazynie nie ma tyle");
        browser.findElement(By.id("handover:quantity_input")).sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "20");
        browser.findElement(By.id("handover:handOver")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Dom Pomocy Społecznej Podgórze");
        assertThat(session.text(By.id("stock"))).contains("30 szt.");
        Chromium.screenshot(browser, "procurement-contract");
    }

    /**
     * Two clerks amend the same contract from their own sessions (two tabs of one browser, each holding its own
     * session cookie while it acts): the second to save gets the conflict message with what they typed kept, and
     * the first one's amendment stands alone (issue 12, item 6).
     */
    @Test
    default void twoClerksAmendingOneContractAtOnceGetOneVersionAndAConflictMessage(BrowserSession session) {
        WebDriver browser = session.driver();
        String number = "ZP/BT2/" + UUID.randomUUID().toString().substring(0, 6);
        String first = session.newUser("PROCUREMENT_CLERK");
        String second = session.newUser("PROCUREMENT_CLERK");
        session.signInAndWait(first, pl.citycare.support.UserFixtureServlet.PASSWORD);
        session.open("/procurement/contract.xhtml");
        pickByLabel(browser, "contract:request", "Fartuchy ochronne");
        pickByLabel(browser, "contract:supplier", "Fartuchy i Odzież Medyczna");
        session.type("contract:number", number);
        session.typeDate("contract:signedOn", "2021-04-21");
        session.typeDate("contract:termUntil", "2021-06-30");
        session.type("contract:lines:0:item", "Rękawice nitrylowe");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('contract:lines:0:cpv').selectValue('PROTECTIVE_GEAR');");
        session.type("contract:lines:0:quantity_input", "10");
        session.type("contract:lines:0:unitNet_input", "2");
        browser.findElement(By.id("contract:sign")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano umowę " + number);
        String contract = browser.getCurrentUrl();
        // The first clerk starts an amendment and leaves it half-typed.
        session.typeDate("amendment:signedOn", "2021-05-10");
        session.type("amendment:reason", "Aneks pierwszej urzędniczki");
        var firstTab = browser.getWindowHandle();
        var firstCookies = java.util.Set.copyOf(browser.manage().getCookies());

        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        session.open("/login.xhtml"); // on the application's own address first: a blank tab deletes no cookie of it
        browser.manage().deleteAllCookies();
        session.signInAndWait(second, pl.citycare.support.UserFixtureServlet.PASSWORD);
        browser.get(contract);
        session.typeDate("amendment:signedOn", "2021-05-11");
        session.type("amendment:reason", "Aneks drugiego urzędnika");
        browser.findElement(By.id("amendment:amend")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("obowiązuje wersja 2");
        browser.close();

        browser.switchTo().window(firstTab);
        browser.manage().deleteAllCookies();
        firstCookies.forEach(browser.manage()::addCookie);
        browser.findElement(By.id("amendment:amend")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-warn"))).contains("Ktoś inny zmienił ten rekord");
        assertThat(browser.findElement(By.id("amendment:reason")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Aneks pierwszej urzędniczki");

        browser.get(contract);
        assertThat(session.text(By.id("shownFacts"))).contains("Aneks drugiego urzędnika").doesNotContain("pierwszej");
        assertThat(browser.findElements(By.cssSelector(".version-link"))).as("the original and one amendment").hasSize(2);
    }
}
