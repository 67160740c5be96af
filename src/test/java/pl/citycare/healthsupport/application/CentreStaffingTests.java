package pl.citycare.healthsupport.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.CentreStaffing.CentreStaff;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.Beans;
import pl.citycare.support.TestAccounts;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which centre psychologists work at which centre: health-support data, kept by its own context. */
public interface CentreStaffingTests {

    private CentreStaffing staffing() {
        return Beans.get(CentreStaffing.class);
    }

    private CentreStaff centre(String code) throws Exception {
        return Beans.get(AsAdministrator.class).call(() -> staffing().centres().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow());
    }

    @Test
    default void theFourDemoCentresAreThere() throws Exception {
        assertThat(Beans.get(AsAdministrator.class).call(() -> staffing().centres()))
                .extracting(CentreStaff::code).containsExactly("CPPP1", "CPPP2", "CPPP3", "CPPP4");
    }

    @Test
    default void onlyCentrePsychologistsAreAssignedAndTheChangeIsAudited() throws Exception {
        String psychologist = TestAccounts.create("psy-", Role.CENTRE_PSYCHOLOGIST);
        String clerk = TestAccounts.create("clerk-", Role.TESTING_CLERK);
        CentreStaff before = centre("CPPP2");

        Beans.get(AsAdministrator.class).call(() -> {
            staffing().assign("CPPP2", before.version(), union(before.psychologists(), psychologist));
            return null;
        });

        assertThat(centre("CPPP2").psychologists()).contains(psychologist);
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("Centre", "CPPP2", 0, 1).get(0).changes())
                .contains("psychologists").contains(psychologist);
        CentreStaff now = centre("CPPP2");
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> {
            staffing().assign("CPPP2", now.version(), union(now.psychologists(), clerk));
            return null;
        })).isInstanceOf(StaffingRuleViolation.class).hasMessage("health.staffing.rule.notAPsychologist");
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> {
            staffing().assign("CPPP9", 0, Set.of());
            return null;
        })).isInstanceOf(StaffingRuleViolation.class).hasMessage("health.staffing.rule.unknownCentre");
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> {
            staffing().assign("CPPP2", before.version(), Set.of()); // a stale version
            return null;
        })).satisfies(failure -> assertThat(Beans.causes(failure))
                .anyMatch(t -> t.getClass().getSimpleName().equals("OptimisticLockException")));
        assertThat(centre("CPPP2").psychologists()).contains(psychologist);
    }

    @Test
    default void otherRolesMayNotStaffCentres() {
        assertThatThrownBy(() -> staffing().centres()).isInstanceOf(EJBAccessException.class);
    }

    private static Set<String> union(Set<String> current, String added) {
        var all = new java.util.TreeSet<>(current);
        all.add(added);
        return all;
    }
}
