package pl.citycare.healthsupport.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator staffs a centre in Chromium. Runs in {@code CityCareBrowserIT}. */
public interface CentreStaffingBrowserTests {

    @Test
    default void theCoordinatorAssignsAPsychologistToACentre(BrowserSession session) {
        WebDriver browser = session.driver();
        String psychologist = session.newUser("CENTRE_PSYCHOLOGIST");
        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);

        session.open("/healthsupport/centres.xhtml");
        assertThat(session.text(By.tagName("h1"))).isEqualTo("Centra Pierwszej Pomocy Psychologicznej");
        session.visible(By.xpath("//a[contains(@class,'centre-link') and text()='CPPP3']")).click();
        session.visible(By.xpath("//*[@id='staff:psychologists']//label[contains(., '" + psychologist + "')]")).click();
        browser.findElement(By.id("staff:save")).click();

        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano psychologów centrum.");
        session.open("/healthsupport/centres.xhtml");
        assertThat(session.text(By.id("centres"))).contains("Test " + psychologist);
        Chromium.screenshot(browser, "health-centres");
    }
}
