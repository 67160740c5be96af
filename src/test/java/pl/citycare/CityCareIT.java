package pl.citycare;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.citycare.healthsupport.api.HelpDirectoryTests;
import pl.citycare.healthsupport.application.CentresTests;
import pl.citycare.healthsupport.application.appointment.AppointmentsTests;
import pl.citycare.healthsupport.application.client.ClientsTests;
import pl.citycare.healthsupport.application.client.ReferralsTests;
import pl.citycare.healthsupport.application.client.RetentionTests;
import pl.citycare.healthsupport.application.client.SessionNotesTests;
import pl.citycare.healthsupport.application.hotline.CallbacksTests;
import pl.citycare.healthsupport.application.hotline.HotlineCallsTests;
import pl.citycare.healthsupport.application.roster.DutyRosterTests;
import pl.citycare.healthsupport.application.statistics.StatisticsTests;
import pl.citycare.platform.crypto.EncryptionTests;
import pl.citycare.platform.security.administration.application.AccountAdministrationTests;
import pl.citycare.platform.security.signin.application.SignInTests;
import pl.citycare.platform.security.signin.web.DirectorySignInTests;
import pl.citycare.platform.web.HttpSurfaceTests;
import pl.citycare.procurement.api.OpenContractingTests;
import pl.citycare.procurement.application.AuditChecksTests;
import pl.citycare.procurement.application.BudgetTests;
import pl.citycare.procurement.application.ContractsTests;
import pl.citycare.procurement.application.DeliveriesAndInvoicesTests;
import pl.citycare.procurement.application.DistributionsTests;
import pl.citycare.procurement.application.ProcurementRegisterTests;
import pl.citycare.procurement.application.RequestsTests;
import pl.citycare.procurement.application.ThresholdsTests;
import pl.citycare.procurement.application.SuppliersTests;
import pl.citycare.shared.audit.AuditTrailTests;
import pl.citycare.shared.persistence.BooleanQueryTests;
import pl.citycare.shared.persistence.ListQueryTests;
import pl.citycare.support.Deployments;
import pl.citycare.testing.application.BookingsTests;
import pl.citycare.testing.api.LabResultsApiTests;
import pl.citycare.testing.application.NotificationsTests;
import pl.citycare.testing.application.ResultDocumentsTests;
import pl.citycare.testing.application.TestingStatisticsTests;
import pl.citycare.testing.application.SamplesTests;
import pl.citycare.testing.application.WorkersTests;
import pl.citycare.testing.application.WorkerImportsTests;
import pl.citycare.testing.application.TestingRetentionTests;
import pl.citycare.support.AuditorReadOnlyTests;
import pl.citycare.support.RunAsIdentitiesTests;
import pl.citycare.support.Server;

import java.net.URI;
import java.net.URL;

/**
 * The integration suite: one deployment of the packaged WAR (one Payara Micro boot) for every test that
 * runs inside the server or talks to it over HTTP. The tests live in interfaces beside the code they
 * test; this class only gathers them, so the suite grows by test methods, not by boots. Runs on H2 and,
 * with {@code -Ppostgresql}, on PostgreSQL. Each test makes its own data (unique names), so none depends
 * on another's order.
 */
@ExtendWith(ArquillianExtension.class)
class CityCareIT implements AuditTrailTests, SignInTests, AccountAdministrationTests, DirectorySignInTests,
        HttpSurfaceTests, CentresTests, BooleanQueryTests, ListQueryTests, HelpDirectoryTests, HotlineCallsTests,
        CallbacksTests, ClientsTests, EncryptionTests, SessionNotesTests,
        AppointmentsTests, ReferralsTests, RetentionTests, StatisticsTests,
        DutyRosterTests, SuppliersTests, BudgetTests, RunAsIdentitiesTests,
        RequestsTests, ThresholdsTests, ContractsTests, DeliveriesAndInvoicesTests,
        DistributionsTests, WorkersTests, BookingsTests, SamplesTests,
        ResultDocumentsTests, LabResultsApiTests, NotificationsTests, TestingStatisticsTests, WorkerImportsTests,
        TestingRetentionTests, AuditorReadOnlyTests, OpenContractingTests, AuditChecksTests, ProcurementRegisterTests {

    @Deployment
    static WebArchive deployment() {
        return Deployments.containerSuite(CityCareIT.class);
    }

    @ArquillianResource
    URL deployed;

    @Override
    public URI server() {
        return Deployments.loopback(deployed);
    }
}
