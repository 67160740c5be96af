package pl.citycare.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-container tests act through run-as beans; each must be its own principal holding exactly its
 * role, or a test of a role rule proves nothing. Runs in {@code CityCareIT}.
 */
public interface RunAsIdentitiesTests {

    @Test
    default void eachRunAsBeanActsAsItsOwnPrincipalWithExactlyItsRole() throws Exception {
        WhoAmI who = Beans.get(WhoAmI.class);
        assertThat(Beans.get(AsAdministrator.class).call(who::describe)).isEqualTo("it-admin ADMIN");
        assertThat(Beans.get(AsHotlinePsychologist.class).call(who::describe))
                .isEqualTo("it-hotline-psychologist HOTLINE_PSYCHOLOGIST");
        assertThat(Beans.get(AsCentrePsychologist.class).call(who::describe))
                .isEqualTo("it-centre-psychologist CENTRE_PSYCHOLOGIST");
        assertThat(Beans.get(AsHealthCoordinator.class).call(who::describe)).isEqualTo("it-health-coordinator HEALTH_COORDINATOR");
        assertThat(Beans.get(AsProcurementClerk.class).call(who::describe)).isEqualTo("it-procurement-clerk PROCUREMENT_CLERK");
        assertThat(Beans.get(AsProcurementApprover.class).call(who::describe))
                .isEqualTo("it-procurement-approver PROCUREMENT_APPROVER");
        assertThat(Beans.get(AsAuditor.class).call(who::describe)).isEqualTo("it-auditor AUDITOR");
    }
}
