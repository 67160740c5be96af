package pl.citycare.platform.audit.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor reads each change as field / before / after, with the raw JSON one click away. Runs in {@code CityCareBrowserIT}. */
public interface AuditTrailBrowserTests {

    @Test
    default void anInvoiceChangeReadsAsFieldBeforeAndAfterInZloty(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("auditor", DemoUsers.DEMO_PASSWORD);
        session.open("/audit/trail.xhtml");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById('audit:type').selectValue('Invoice');");
        browser.findElement(By.id("audit:search")).click();
        session.await().until(d -> d.findElements(By.cssSelector("#audit\\:events .change-table")).size() > 0
                && d.findElement(By.id("audit:events")).getText().contains("brutto"));

        assertThat(session.text(By.cssSelector("#audit\\:events .change-table"))).contains("Pole").contains("Przed").contains("Po");
        assertThat(session.text(By.id("audit:events"))).as("amounts in zloty").contains("zł");
        assertThat(browser.findElement(By.cssSelector("#audit\\:events .raw-changes code")).isDisplayed())
                .as("the raw JSON is folded away").isFalse();
        browser.findElement(By.cssSelector("#audit\\:events .raw-changes summary")).click();
        assertThat(session.text(By.cssSelector("#audit\\:events .raw-changes code"))).contains("\"after\"");
        session.assertAccessible("audit trail with changes as tables");
    }
}
