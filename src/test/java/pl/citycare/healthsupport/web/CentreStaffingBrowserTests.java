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

    @Test
    default void theCoordinatorCorrectsACentresDetailsAndAMistakeIsExplainedNextToTheField(BrowserSession session) {
        WebDriver browser = session.driver();
        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);
        session.open("/healthsupport/centre.xhtml?code=CPPP2");

        session.type("details:phone", "zadzwoń do nas");
        session.type("details:openingHours", "pon.–pt. 9:00–17:00");
        browser.findElement(By.id("details:save")).click();

        assertThat(session.text(By.cssSelector("[id='details:phone'] ~ .ui-message-error, .field .ui-message-error")))
                .contains("Wpisz numer telefonu");
        assertThat(browser.findElement(By.id("details:phone")).getAttribute("value")).as("typed text kept")
                .isEqualTo("zadzwoń do nas");
        assertThat(browser.findElement(By.id("details:openingHours")).getAttribute("value"))
                .isEqualTo("pon.–pt. 9:00–17:00");
        session.assertAccessible("centre details with an error");

        session.type("details:phone", "+48 12 000 00 22");
        browser.findElement(By.id("details:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano dane centrum.");
        assertThat(browser.findElement(By.id("details:openingHours")).getAttribute("value"))
                .isEqualTo("pon.–pt. 9:00–17:00");
        Chromium.screenshot(browser, "health-centre-details");
    }
}
