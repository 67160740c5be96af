package pl.citycare.procurement.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;
import pl.citycare.support.UserFixtureServlet;

import static org.assertj.core.api.Assertions.assertThat;

/** A request, its requester's refused attempt to approve it, and another approver's approval, in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface RequestBrowserTests {

    @Test
    default void someoneHoldingBothRolesCannotApproveTheirOwnRequestAnotherApproverCan(BrowserSession session) {
        WebDriver browser = session.driver();
        var js = (JavascriptExecutor) browser;
        String both = session.newUser("PROCUREMENT_CLERK", "PROCUREMENT_APPROVER");
        session.signInAndWait(both, UserFixtureServlet.PASSWORD);
        session.open("/procurement/requests.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Wnioski o udzielenie zamówienia");

        session.type("request:subject", "Kardiomonitory przyłóżkowe, 10 szt.");
        js.executeScript("PrimeFaces.getWidgetById('request:cpv').selectValue('MEDICAL_DEVICES');");
        js.executeScript("var s = document.getElementById('request:budgetLine_input');"
                + "PrimeFaces.getWidgetById('request:budgetLine').selectValue(s.options[1].value);");
        // The 2021 thresholds apply: the live check warns while the value reaches 130,000 PLN, and stops when it does not.
        session.typeDate("request:startDate", "2021-03-15");
        js.executeScript("PrimeFaces.getWidgetById('request:legalBasis').selectValue('BELOW_NATIONAL_THRESHOLD');");
        session.type("request:estimatedNet_input", "140000");
        browser.findElement(By.id("request:estimatedNet_input")).sendKeys(Keys.TAB);
        session.await().until(d -> d.findElement(By.id("request:assessment")).getText().contains("nie pasuje"));
        assertThat(squeezed(session.text(By.id("request:assessment")))).contains("Prógkrajowywtymdniu:130000,00zł")
                .contains("Wartośćweuro:32792,26€");
        assertThat(browser.findElement(By.id("request:eurRate_input")).getAttribute("value")).isEqualTo("4,2693");
        // A formatted number field keeps its text on clear(): select it all and type over it, as a person would.
        browser.findElement(By.id("request:estimatedNet_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "98000", Keys.TAB);
        session.await().until(d -> !d.findElement(By.id("request:assessment")).getText().contains("nie pasuje"));
        browser.findElement(By.id("request:submit")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).matches("Wniosek nr \\d+ przekazano do zatwierdzenia\\.");
        String page = browser.getCurrentUrl();
        assertThat(session.text(By.id("status"))).isEqualTo("oczekuje na zatwierdzenie");
        // With the demo's 2021 pulse oximeters and thermometers (group 331), it is one more part of a split order.
        assertThat(session.text(By.id("flags"))).contains("Możliwy podział zamówienia");
        assertThat(browser.findElements(By.cssSelector(".split-link"))).hasSizeGreaterThanOrEqualTo(2);
        session.visible(By.id("decision:approve")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-error"))).contains("Nie możesz rozpatrzyć własnego wniosku.");
        assertThat(session.text(By.id("status"))).isEqualTo("oczekuje na zatwierdzenie");
        session.assertAccessible("own request refused");
        session.signOut();

        session.signInAndWait("approver", DemoUsers.DEMO_PASSWORD);
        browser.get(page);
        session.visible(By.id("decision:approve")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zatwierdzono wniosek.");
        assertThat(session.text(By.id("history"))).contains("zatwierdzony").contains("approver").contains(both);
        session.assertAccessible("approved request");
        Chromium.screenshot(browser, "procurement-request-approved");
    }

    /** Without spaces of any kind: amounts are grouped by no-break spaces that differ between JDKs. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }
}
