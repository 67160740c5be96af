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
        session.type("request:estimatedNet_input", "98000");
        browser.findElement(By.id("request:estimatedNet_input")).sendKeys(Keys.TAB);
        js.executeScript("PrimeFaces.getWidgetById('request:legalBasis').selectValue('BELOW_NATIONAL_THRESHOLD');");
        browser.findElement(By.id("request:submit")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).matches("Wniosek nr \\d+ przekazano do zatwierdzenia\\.");
        String page = browser.getCurrentUrl();
        assertThat(session.text(By.id("status"))).isEqualTo("oczekuje na zatwierdzenie");
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
}
