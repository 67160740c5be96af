package pl.citycare.platform.security.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.PasswordPolicy.Violation;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.support.Beans;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Account administration and own-account rules inside Payara Micro, against the real database.
 * Runs in {@code CityCareIT}.
 */
public interface AccountAdministrationTests {

    String TEMPORARY = "Tymczasowe-Haslo-2026";

    private UserAdministration administration() {
        return Beans.get(UserAdministration.class);
    }

    private AsAdministrator asAdmin() {
        return Beans.get(AsAdministrator.class);
    }

    private AccountService accounts() {
        return Beans.get(AccountService.class);
    }

    private AuditEventQuery audit() {
        return Beans.get(AuditEventQuery.class);
    }

    private CentreDirectory centres() {
        return Beans.get(CentreDirectory.class);
    }

    private static String newName() {
        return "adm-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserAccount create(String username, Role... roles) throws Exception {
        return asAdmin().call(() -> administration().create(username, "Test " + username, TEMPORARY, Set.of(roles), Set.of()));
    }

    @Test
    default void onlyAnAdministratorMayAdministerAccounts() {
        assertThatThrownBy(() -> administration().count(UserFilter.none())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void aCreatedAccountMustChangeItsTemporaryPasswordAndIsAudited() throws Exception {
        String username = newName();
        UserAccount created = create(username, Role.TESTING_CLERK);

        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(accounts().signIn(username, TEMPORARY, "127.0.0.1"))
                .isEqualTo(new SignInOutcome.SignedIn(username, Set.of(Role.TESTING_CLERK), true));
        List<AuditEventView> events = audit().newest("UserAccount", String.valueOf(created.getId()), 0, 10);
        assertThat(events).extracting(e -> e.action().name()).contains("CREATE");
        assertThat(events.get(events.size() - 1).changes()).contains("TESTING_CLERK").contains("\"mustChangePassword\"");
    }

    @Test
    default void usernamesAreUniqueAndWellFormedAndTemporaryPasswordsFollowThePolicy() throws Exception {
        String username = newName();
        create(username, Role.AUDITOR);

        assertThatThrownBy(() -> create(username.toUpperCase(), Role.AUDITOR))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.usernameTaken");
        assertThatThrownBy(() -> create("a b", Role.AUDITOR))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.usernameFormat");
        assertThatThrownBy(() -> asAdmin().call(() -> administration().create(newName(), "X", "password1234",
                Set.of(Role.AUDITOR), Set.of())))
                .isInstanceOfSatisfying(PasswordRejectedException.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.COMMON));
        assertThatThrownBy(() -> create(newName()))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.noRole");
    }

    @Test
    default void aChangeOfRolesIsAuditedWithBeforeAndAfter() throws Exception {
        UserAccount account = create(newName(), Role.PROCUREMENT_CLERK);

        UserAccount changed = asAdmin().call(() -> administration().update(account.getId(), account.getVersion(),
                "Renamed", Set.of(Role.PROCUREMENT_APPROVER), Set.of()));

        assertThat(changed.getRoles()).containsExactly(Role.PROCUREMENT_APPROVER);
        AuditEventView update = audit().newest("UserAccount", String.valueOf(account.getId()), 0, 1).get(0);
        assertThat(update.changes()).contains("\"roles\":{\"before\":\"[PROCUREMENT_CLERK]\",\"after\":\"[PROCUREMENT_APPROVER]\"}")
                .contains("\"displayName\"");
    }

    /**
     * The run-as identity ("it-admin") has no local account, like an administrator by directory group:
     * so the demo "admin" can be the last active local administrator.
     */
    @Test
    default void theLastActiveAdministratorKeepsTheRoleAndStaysActive() throws Exception {
        UserAccount second = create(newName(), Role.ADMIN);
        for (UserAccount admin : asAdmin().call(() -> administration().search(
                new UserFilter(null, Role.ADMIN, UserFilter.Status.ACTIVE), 0, 100))) {
            if (!admin.getUsername().equals("admin")) {
                asAdmin().call(() -> {
                    administration().deactivate(admin.getId()); // allowed: "admin" stays
                    return null;
                });
            }
        }
        assertThat(accounts().find(second.getUsername()).orElseThrow().isActive()).isFalse();
        UserAccount last = accounts().find("admin").orElseThrow();

        assertThatThrownBy(() -> asAdmin().call(() -> administration().update(last.getId(), last.getVersion(),
                last.getDisplayName(), Set.of(Role.AUDITOR), Set.of())))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.lastAdmin");
        assertThatThrownBy(() -> asAdmin().call(() -> {
            administration().deactivate(last.getId());
            return null;
        })).isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.lastAdmin");
        assertThat(accounts().find("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    default void centrePsychologistsAreAssignedToKnownCentresOnly() throws Exception {
        assertThat(centres().centres()).extracting(CentreDirectory.CentreOption::code)
                .containsExactly("CPPP1", "CPPP2", "CPPP3", "CPPP4");

        UserAccount psychologist = asAdmin().call(() -> administration().create(newName(), "Psycholog", TEMPORARY,
                Set.of(Role.CENTRE_PSYCHOLOGIST), Set.of("CPPP2", "CPPP4")));
        UserAccount clerk = asAdmin().call(() -> administration().create(newName(), "Urzędnik", TEMPORARY,
                Set.of(Role.TESTING_CLERK), Set.of("CPPP1")));

        assertThat(accounts().find(psychologist.getUsername()).orElseThrow().getCentres()).containsExactly("CPPP2", "CPPP4");
        assertThat(accounts().find(clerk.getUsername()).orElseThrow().getCentres()).as("only for that role").isEmpty();
        assertThatThrownBy(() -> asAdmin().call(() -> administration().create(newName(), "X", TEMPORARY,
                Set.of(Role.CENTRE_PSYCHOLOGIST), Set.of("CPPP9"))))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.unknownCentre");
    }

    @Test
    default void anEditOfAStaleVersionIsAConflict() throws Exception {
        UserAccount account = create(newName(), Role.PROCUREMENT_CLERK);
        asAdmin().call(() -> administration().update(account.getId(), account.getVersion(), "First", Set.of(Role.AUDITOR), Set.of()));

        assertThatThrownBy(() -> asAdmin().call(() -> administration().update(account.getId(), account.getVersion(),
                "Second", Set.of(Role.ADMIN), Set.of())))
                .satisfies(failure -> assertThat(Beans.causes(failure)).anyMatch(t -> t.getClass().getSimpleName()
                        .equals("OptimisticLockException")));
        assertThat(accounts().find(account.getUsername()).orElseThrow().getDisplayName()).isEqualTo("First");
    }

    @Test
    default void anAdministratorUnlocksAndResetsAPassword() throws Exception {
        String username = newName();
        UserAccount account = create(username, Role.HOTLINE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 5; attempt++) {
            accounts().signIn(username, "wrong-" + attempt, "127.0.0.1");
        }
        assertThat(accounts().lockedUntil(username)).isPresent();

        asAdmin().call(() -> {
            administration().unlock(account.getId());
            return null;
        });
        assertThat(accounts().lockedUntil(username)).isEmpty();

        assertThatThrownBy(() -> asAdmin().call(() -> {
            administration().resetPassword(account.getId(), "my-" + username + "-secret");
            return null;
        })).isInstanceOfSatisfying(PasswordRejectedException.class,
                e -> assertThat(e.violations()).contains(Violation.CONTAINS_USERNAME));
        asAdmin().call(() -> {
            administration().resetPassword(account.getId(), "Nowe-Tymczasowe-2027");
            return null;
        });
        assertThat(accounts().signIn(username, "Nowe-Tymczasowe-2027", "127.0.0.1"))
                .isInstanceOfSatisfying(SignInOutcome.SignedIn.class, s -> assertThat(s.mustChangePassword()).isTrue());
    }

    @Test
    default void aDeactivatedAccountCannotSignInButStaysOnRecord() throws Exception {
        String username = newName();
        UserAccount account = create(username, Role.TESTING_CLERK);

        asAdmin().call(() -> {
            administration().deactivate(account.getId());
            return null;
        });

        assertThat(accounts().signIn(username, TEMPORARY, "127.0.0.1")).isEqualTo(new SignInOutcome.Rejected());
        assertThat(accounts().find(username)).hasValueSatisfying(a -> assertThat(a.isActive()).isFalse());
        assertThat(accounts().recentSignIns(username, 1)).extracting(SignInAttempt::getOutcome)
                .containsExactly(SignInAttempt.Outcome.INACTIVE);
    }

    @Test
    default void everySignInAttemptIsLoggedAndAudited() throws Exception {
        String username = newName();
        create(username, Role.AUDITOR);

        accounts().signIn(username, "wrong", "127.0.0.1");
        accounts().signIn(username, TEMPORARY, "127.0.0.1");
        accounts().signIn("nobody-" + username, "whatever", "127.0.0.1");

        assertThat(accounts().recentSignIns(username, 5)).extracting(SignInAttempt::getOutcome)
                .containsExactly(SignInAttempt.Outcome.SIGNED_IN, SignInAttempt.Outcome.WRONG_PASSWORD);
        List<SignInAttempt> unknown = asAdmin().call(() -> administration().signIns(
                new SignInFilter("nobody-" + username, false, null, null), 10));
        assertThat(unknown).extracting(SignInAttempt::getOutcome).containsExactly(SignInAttempt.Outcome.UNKNOWN_USER);
        AuditEventView logged = audit().newest("SignInAttempt", String.valueOf(unknown.get(0).getId()), 0, 1).get(0);
        assertThat(logged.actor()).isEqualTo("anonymous");
        assertThat(logged.changes()).contains("UNKNOWN_USER");
    }

    @Test
    default void theOwnerChangesTheirPasswordOnlyWithTheCurrentOneAndWithinThePolicy() throws Exception {
        String username = newName();
        create(username, Role.AUDITOR);

        assertThatThrownBy(() -> accounts().changeOwnPassword(username, "not-current", "Wawel i Sukiennice 1257"))
                .isInstanceOfSatisfying(PasswordRejectedException.class, e -> assertThat(e.wrongCurrentPassword()).isTrue());
        assertThatThrownBy(() -> accounts().changeOwnPassword(username, TEMPORARY, TEMPORARY))
                .isInstanceOfSatisfying(PasswordRejectedException.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.SAME_AS_CURRENT));

        accounts().changeOwnPassword(username, TEMPORARY, "Wawel i Sukiennice 1257");

        assertThat(accounts().signIn(username, "Wawel i Sukiennice 1257", "127.0.0.1"))
                .isEqualTo(new SignInOutcome.SignedIn(username, Set.of(Role.AUDITOR), false));
    }
}
