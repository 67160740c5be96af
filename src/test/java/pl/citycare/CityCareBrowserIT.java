package pl.citycare;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.citycare.healthsupport.web.CentreStaffingBrowserTests;
import pl.citycare.healthsupport.web.appointment.AppointmentBrowserTests;
import pl.citycare.healthsupport.web.client.ClientIntakeBrowserTests;
import pl.citycare.healthsupport.web.client.SessionNoteBrowserTests;
import pl.citycare.healthsupport.web.hotline.CallbackBrowserTests;
import pl.citycare.healthsupport.web.hotline.HotlineCallBrowserTests;
import pl.citycare.healthsupport.web.roster.RosterBrowserTests;
import pl.citycare.healthsupport.web.statistics.StatisticsBrowserTests;
import pl.citycare.platform.security.administration.web.AccountAdministrationBrowserTests;
import pl.citycare.platform.audit.web.AuditTrailBrowserTests;
import pl.citycare.platform.web.AccessibilityBrowserTests;
import pl.citycare.platform.web.SignInBrowserTests;
import pl.citycare.platform.security.web.AuthorizationMatrixBrowserTests;
import pl.citycare.platform.security.signin.web.SessionSecurityBrowserTests;
import pl.citycare.platform.web.InjectionBrowserTests;
import pl.citycare.procurement.web.AuditChecksBrowserTests;
import pl.citycare.procurement.web.ContractBrowserTests;
import pl.citycare.procurement.web.RequestBrowserTests;
import pl.citycare.procurement.web.SupplierBrowserTests;
import pl.citycare.procurement.web.ThresholdsBrowserTests;
import pl.citycare.testing.web.LabImportBrowserTests;
import pl.citycare.testing.web.LabInboxBrowserTests;
import pl.citycare.testing.web.NotificationBrowserTests;
import pl.citycare.testing.web.SampleBrowserTests;
import pl.citycare.testing.web.TestingStatisticsBrowserTests;
import pl.citycare.testing.web.SlotBrowserTests;
import pl.citycare.testing.web.WorkerBrowserTests;
import pl.citycare.testing.web.WorkerImportBrowserTests;
import pl.citycare.testing.web.TestingProgrammeBrowserTests;
import pl.citycare.support.Chromium;
import pl.citycare.support.Deployments;
import pl.citycare.support.Server;

import java.net.URI;
import java.net.URL;

/**
 * The browser suite: one deployment, one Chromium, every browser test (in interfaces beside the views
 * they test). Tests start signed out and make their own accounts where they change one. Runs once, on
 * the default database; {@code -Ppostgresql} leaves it out.
 */
@ExtendWith(Chromium.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CityCareBrowserIT implements SignInBrowserTests, AccountAdministrationBrowserTests, AccessibilityBrowserTests,
        CentreStaffingBrowserTests, HotlineCallBrowserTests, CallbackBrowserTests, ClientIntakeBrowserTests,
        SessionNoteBrowserTests, AppointmentBrowserTests,
        StatisticsBrowserTests, RosterBrowserTests, SupplierBrowserTests, RequestBrowserTests, ThresholdsBrowserTests, ContractBrowserTests, AuditTrailBrowserTests,
        WorkerBrowserTests, SlotBrowserTests, SampleBrowserTests, LabInboxBrowserTests,
        NotificationBrowserTests, TestingStatisticsBrowserTests, LabImportBrowserTests, WorkerImportBrowserTests,
        TestingProgrammeBrowserTests, AuditChecksBrowserTests, AuthorizationMatrixBrowserTests, SessionSecurityBrowserTests,
        InjectionBrowserTests, Server {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.browserSuite();
    }

    @ArquillianResource
    URL deployed;

    @Override
    public URI server() {
        return Deployments.loopback(deployed);
    }
}
