package pl.citycare.platform.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdministratorRulesTest {

    private static UserAccount account(String username, Role... roles) {
        return new UserAccount(username, "Name " + username, "hash", Set.of(roles), Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRole() {
        UserAccount me = account("admin", Role.ADMIN, Role.AUDITOR);

        assertThat(AdministratorRules.checkRoleChange(me, Set.of(Role.AUDITOR), "Admin", 3))
                .contains("admin.rule.selfDemotion");
    }

    @Test
    void theLastActiveAdministratorKeepsTheRole() {
        UserAccount last = account("root", Role.ADMIN);

        assertThat(AdministratorRules.checkRoleChange(last, Set.of(Role.AUDITOR), "directory-admin", 0))
                .contains("admin.rule.lastAdmin");
        assertThat(AdministratorRules.checkRoleChange(last, Set.of(Role.AUDITOR), "directory-admin", 1)).isEmpty();
    }

    @Test
    void aDeactivatedAdministratorMayLoseTheRoleEvenIfNoOtherIsActive() {
        UserAccount inactive = account("old-admin", Role.ADMIN);
        inactive.deactivate();

        assertThat(AdministratorRules.checkRoleChange(inactive, Set.of(Role.AUDITOR), "directory-admin", 0)).isEmpty();
    }

    @Test
    void keepingOrGrantingAdminIsAlwaysAllowedButSomeRoleIsRequired() {
        UserAccount clerk = account("clerk", Role.TESTING_CLERK);

        assertThat(AdministratorRules.checkRoleChange(clerk, Set.of(Role.ADMIN), "admin", 0)).isEmpty();
        assertThat(AdministratorRules.checkRoleChange(clerk, Set.of(), "admin", 5)).contains("admin.rule.noRole");
    }

    @Test
    void nobodyDeactivatesThemselvesNorTheLastActiveAdministrator() {
        assertThat(AdministratorRules.checkDeactivation(account("admin", Role.ADMIN), "admin", 4))
                .contains("admin.rule.selfDeactivation");
        assertThat(AdministratorRules.checkDeactivation(account("root", Role.ADMIN), "directory-admin", 0))
                .contains("admin.rule.lastAdmin");
        assertThat(AdministratorRules.checkDeactivation(account("root", Role.ADMIN), "admin", 1)).isEmpty();
        assertThat(AdministratorRules.checkDeactivation(account("clerk", Role.TESTING_CLERK), "admin", 0)).isEmpty();
    }
}
