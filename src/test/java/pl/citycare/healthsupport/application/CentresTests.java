package pl.citycare.healthsupport.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.Centres.CentreDetails;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.Beans;
import pl.citycare.support.TestAccounts;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which centre psychologists work at which centre: health-support data, kept by its own context. */
public interface CentresTests {

    private Centres centres() {
        return Beans.get(Centres.class);
    }

    private CentreDetails centre(String code) throws Exception {
        return Beans.get(AsAdministrator.class).call(() -> centres().centres().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow());
    }

    @Test
    default void theFourDemoCentresAreThere() throws Exception {
        assertThat(Beans.get(AsAdministrator.class).call(() -> centres().centres()))
                .extracting(CentreDetails::code).containsExactly("CPPP1", "CPPP2", "CPPP3", "CPPP4");
    }

    @Test
    default void onlyCentrePsychologistsAreAssignedAndTheChangeIsAudited() throws Exception {
        String psychologist = TestAccounts.create("psy-", Role.CENTRE_PSYCHOLOGIST);
        String clerk = TestAccounts.create("clerk-", Role.TESTING_CLERK);
        CentreDetails before = centre("CPPP2");

        Beans.get(AsAdministrator.class).call(() -> {
            centres().assign("CPPP2", before.version(), union(before.psychologists(), psychologist));
            return null;
        });

        assertThat(centre("CPPP2").psychologists()).contains(psychologist);
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("Centre", "CPPP2", 0, 1).get(0).changes())
                .contains("psychologists").contains(psychologist);
        CentreDetails now = centre("CPPP2");
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> {
            centres().assign("CPPP2", now.version(), union(now.psychologists(), clerk));
            return null;
        })).isInstanceOf(CentreRuleViolation.class).hasMessage("health.staffing.rule.notAPsychologist");
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> {
            centres().assign("CPPP9", 0, Set.of());
            return null;
        })).isInstanceOf(CentreRuleViolation.class).hasMessage("health.staffing.rule.unknownCentre");
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> {
            centres().assign("CPPP2", before.version(), Set.of()); // a stale version
            return null;
        })).satisfies(failure -> assertThat(Beans.causes(failure))
                .anyMatch(t -> t.getClass().getSimpleName().equals("OptimisticLockException")));
        assertThat(centre("CPPP2").psychologists()).contains(psychologist);
    }

    @Test
    default void theCoordinatorDescribesACentreAndTheChangeIsAudited() throws Exception {
        CentreDetails before = centre("CPPP4");
        try {
            CentreDetails after = Beans.get(AsAdministrator.class).call(() -> centres().describe(
                    new CentreDescription("CPPP4", "  Centrum nr 4 (Podgórze)  ", before.address(),
                            District.PODGORZE_DUCHACKIE, "+48 12 111 22 33", "", false), before.version()));

            assertThat(after.name()).isEqualTo("Centrum nr 4 (Podgórze)");
            assertThat(after.district()).isEqualTo(District.PODGORZE_DUCHACKIE);
            assertThat(after.openingHours()).as("empty means none").isNull();
            assertThat(after.active()).isFalse();
            assertThat(after.version()).isGreaterThan(before.version());
            String changes = new AuditEventQuery(Beans.dataSource()).newest("Centre", "CPPP4", 0, 1).get(0).changes();
            assertThat(changes).contains("PODGORZE_DUCHACKIE").contains("\"active\":{\"before\":\"true\",\"after\":\"false\"}");
        } finally {
            CentreDetails now = centre("CPPP4");
            Beans.get(AsAdministrator.class).call(() -> centres().describe(new CentreDescription("CPPP4", before.name(),
                    before.address(), before.district(), before.phone(), before.openingHours(), true), now.version()));
        }
    }

    @Test
    default void aCentreDescriptionIsCheckedOnTheServerToo() throws Exception {
        CentreDetails before = centre("CPPP3");

        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> centres().describe(new CentreDescription(
                "CPPP3", " ", before.address(), before.district(), "call us", null, true), before.version())))
                .satisfies(failure -> assertThat(Beans.causes(failure))
                        .anyMatch(t -> t instanceof jakarta.validation.ConstraintViolationException v
                                && v.getConstraintViolations().size() == 2));
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> centres().describe(new CentreDescription(
                "CPPP3", before.name(), before.address(), before.district(), null, null, true), before.version() - 1)))
                .satisfies(failure -> assertThat(Beans.causes(failure))
                        .anyMatch(t -> t.getClass().getSimpleName().equals("OptimisticLockException")));
        assertThat(centre("CPPP3")).isEqualTo(before);
    }

    @Test
    default void otherRolesMayNotStaffCentres() {
        assertThatThrownBy(() -> centres().centres()).isInstanceOf(EJBAccessException.class);
    }

    private static Set<String> union(Set<String> current, String added) {
        var all = new java.util.TreeSet<>(current);
        all.add(added);
        return all;
    }
}
