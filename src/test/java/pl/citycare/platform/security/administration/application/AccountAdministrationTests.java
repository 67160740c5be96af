package pl.citycare.platform.security.administration.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.PasswordPolicy.Violation;
import pl.citycare.platform.security.domain.PasswordRejectedException;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.platform.security.signin.application.SignInOutcome;
import pl.citycare.platform.security.signin.application.SignInService;
import pl.citycare.platform.security.signinlog.application.SignInFilter;
import pl.citycare.platform.security.signinlog.application.SignInLog;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.Beans;
import pl.citycare.support.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Account administration inside Payara Micro, against the real database: the administrator's rules,
 * the audit of their changes, and the sign-in log. Runs in {@code CityCareIT}.
 */
public interface AccountAdministrationTests {

    String TEMPORARY = "Tymczasowe-Haslo-2026";
    String ADDRESS = "127.0.0.1";

    private UserAdministration administration() {
        return Beans.get(UserAdministration.class);
    }

    private <T> T asAdmin(Callable<T> work) throws Exception {
        return Beans.get(AsAdministrator.class).call(work);
    }

    private SignInService signIn() {
        return Beans.get(SignInService.class);
    }

    private static String newName() {
        return "adm-it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserAccount create(String username, Role... roles) throws Exception {
        return asAdmin(() -> administration().create(username, "Test " + username, TEMPORARY, Set.of(roles)));
    }

    @Test
    default void onlyAnAdministratorMayAdministerAccountsOrReadTheSignInLog() {
        assertThatThrownBy(() -> administration().count(UserFilter.none())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> administration().create(newName(), "X", TEMPORARY, Set.of(Role.ADMIN)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Beans.get(SignInLog.class).search(new SignInFilter(null, null, null, null), 1))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Beans.get(StaffDirectory.class).withRole(Role.ADMIN))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void aCreatedAccountMustChangeItsTemporaryPasswordAndIsAudited() throws Exception {
        String username = newName();
        UserAccount created = create(username, Role.TESTING_CLERK);

        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(signIn().signIn(username, TEMPORARY, ADDRESS))
                .isEqualTo(new SignInOutcome.SignedIn(username, Set.of(Role.TESTING_CLERK), true));
        List<AuditEventView> events = new AuditEventQuery(Beans.dataSource()).newest("UserAccount", String.valueOf(created.getId()), 0, 10);
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
        assertThatThrownBy(() -> create("oko*", Role.AUDITOR))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.usernameFormat");
        assertThatThrownBy(() -> asAdmin(() -> administration().create(newName(), "X", "password1234",
                Set.of(Role.AUDITOR))))
                .isInstanceOfSatisfying(PasswordRejectedException.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.COMMON));
        assertThatThrownBy(() -> create(newName()))
                .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.noRole");
    }

    @Test
    default void aChangeOfRolesIsAuditedWithBeforeAndAfter() throws Exception {
        UserAccount account = create(newName(), Role.PROCUREMENT_CLERK);

        UserAccount changed = asAdmin(() -> administration().update(account.getId(), account.getVersion(),
                "Renamed", Set.of(Role.PROCUREMENT_APPROVER)));

        assertThat(changed.getRoles()).containsExactly(Role.PROCUREMENT_APPROVER);
        AuditEventView update = new AuditEventQuery(Beans.dataSource()).newest("UserAccount", String.valueOf(account.getId()), 0, 1).get(0);
        assertThat(update.changes()).contains("\"roles\":{\"before\":\"[PROCUREMENT_CLERK]\",\"after\":\"[PROCUREMENT_APPROVER]\"}")
                .contains("\"displayName\"");
    }

    /**
     * Two administrators demoting each other at the same moment: whatever the interleaving, one of them
     * stays. The run-as identity ("it-admin") has no local account, like an administrator by directory
     * group, so both demotions are allowed on their own.
     */
    @Test
    default void theLastAdministratorRuleHoldsWhenTwoDemotionsRace() throws Exception {
        List<UserAccount> otherAdmins = asAdmin(() -> administration().search(
                new UserFilter(null, Role.ADMIN, UserFilter.Status.ACTIVE), 0, 1000));
        var executor = (jakarta.enterprise.concurrent.ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        try {
            for (int round = 0; round < 5; round++) {
                UserAccount first = create(newName(), Role.ADMIN);
                UserAccount second = create(newName(), Role.ADMIN);
                retireActiveAdminsExcept(first, second);
                var barrier = new CyclicBarrier(2);
                List<Future<Boolean>> demotions = new ArrayList<>();
                for (UserAccount target : List.of(first, second)) {
                    demotions.add(executor.submit(() -> {
                        barrier.await(10, TimeUnit.SECONDS);
                        try {
                            asAdmin(() -> administration().update(target.getId(), target.getVersion(),
                                    target.getDisplayName(), Set.of(Role.AUDITOR)));
                            return true;
                        } catch (AccountRuleViolation refused) {
                            return false;
                        }
                    }));
                }
                int succeeded = 0;
                for (Future<Boolean> demotion : demotions) {
                    succeeded += demotion.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(succeeded).as("round " + round + ": one demotion is refused").isEqualTo(1);
                long admins = asAdmin(() -> administration().count(new UserFilter(null, Role.ADMIN, UserFilter.Status.ACTIVE)));
                assertThat(admins).as("round " + round + ": an administrator is left").isEqualTo(1);
            }
        } finally {
            for (UserAccount other : otherAdmins) {
                asAdmin(() -> {
                    administration().activate(other.getId());
                    return null;
                });
            }
        }
    }

    private void retireActiveAdminsExcept(UserAccount first, UserAccount second) throws Exception {
        for (UserAccount admin : asAdmin(() -> administration().search(
                new UserFilter(null, Role.ADMIN, UserFilter.Status.ACTIVE), 0, 1000))) {
            if (!admin.getId().equals(first.getId()) && !admin.getId().equals(second.getId())) {
                asAdmin(() -> {
                    administration().deactivate(admin.getId());
                    return null;
                });
            }
        }
    }

    @Test
    default void anAdministratorCannotDeactivateTheLastActiveAdministrator() throws Exception {
        List<UserAccount> otherAdmins = asAdmin(() -> administration().search(
                new UserFilter(null, Role.ADMIN, UserFilter.Status.ACTIVE), 0, 1000));
        UserAccount last = create(newName(), Role.ADMIN);
        try {
            retireActiveAdminsExcept(last, last);
            assertThatThrownBy(() -> asAdmin(() -> administration().update(last.getId(), last.getVersion(),
                    last.getDisplayName(), Set.of(Role.AUDITOR))))
                    .isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.lastAdmin");
            assertThatThrownBy(() -> asAdmin(() -> {
                administration().deactivate(last.getId());
                return null;
            })).isInstanceOf(AccountRuleViolation.class).hasMessage("admin.rule.lastAdmin");
            assertThat(TestAccounts.find(last.getUsername()).orElseThrow().getRoles()).contains(Role.ADMIN);
        } finally {
            for (UserAccount other : otherAdmins) {
                asAdmin(() -> {
                    administration().activate(other.getId());
                    return null;
                });
            }
        }
    }

    @Test
    default void anEditOfAStaleVersionIsAConflict() throws Exception {
        UserAccount account = create(newName(), Role.PROCUREMENT_CLERK);
        asAdmin(() -> administration().update(account.getId(), account.getVersion(), "First", Set.of(Role.AUDITOR)));

        assertThatThrownBy(() -> asAdmin(() -> administration().update(account.getId(), account.getVersion(),
                "Second", Set.of(Role.ADMIN))))
                .satisfies(failure -> assertThat(Beans.causes(failure)).anyMatch(t -> t.getClass().getSimpleName()
                        .equals("OptimisticLockException")));
        assertThat(TestAccounts.find(account.getUsername()).orElseThrow().getDisplayName()).isEqualTo("First");
    }

    @Test
    default void anAdministratorUnlocksAndResetsAPassword() throws Exception {
        String username = newName();
        UserAccount account = create(username, Role.HOTLINE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn().signIn(username, "wrong-" + attempt, ADDRESS);
        }
        assertThat(signIn().lockedUntil(username)).isPresent();

        asAdmin(() -> {
            administration().unlock(account.getId());
            return null;
        });
        assertThat(signIn().lockedUntil(username)).isEmpty();

        assertThatThrownBy(() -> asAdmin(() -> {
            administration().resetPassword(account.getId(), "my-" + username + "-secret");
            return null;
        })).isInstanceOfSatisfying(PasswordRejectedException.class,
                e -> assertThat(e.violations()).contains(Violation.CONTAINS_USERNAME));
        asAdmin(() -> {
            administration().resetPassword(account.getId(), "Nowe-Tymczasowe-2027");
            return null;
        });
        assertThat(signIn().signIn(username, "Nowe-Tymczasowe-2027", ADDRESS))
                .isInstanceOfSatisfying(SignInOutcome.SignedIn.class, s -> assertThat(s.mustChangePassword()).isTrue());
    }

    @Test
    default void aDeactivatedAccountCannotSignInButStaysOnRecord() throws Exception {
        String username = newName();
        UserAccount account = create(username, Role.TESTING_CLERK);

        asAdmin(() -> {
            administration().deactivate(account.getId());
            return null;
        });

        assertThat(signIn().signIn(username, TEMPORARY, ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        assertThat(TestAccounts.find(username)).hasValueSatisfying(a -> assertThat(a.isActive()).isFalse());
        assertThat(asAdmin(() -> Beans.get(SignInLog.class).search(new SignInFilter(username, null, null, null), 1)))
                .extracting(SignInAttempt::getOutcome).containsExactly(SignInAttempt.Outcome.INACTIVE);
    }

    @Test
    default void everySignInAttemptIsLoggedAndAuditedAndFoundByWhatWasTyped() throws Exception {
        String username = newName();
        create(username, Role.AUDITOR);

        signIn().signIn(username, "wrong", ADDRESS);
        signIn().signIn(username, TEMPORARY, ADDRESS);
        signIn().signIn("nobody-" + username, "whatever", ADDRESS);

        assertThat(asAdmin(() -> Beans.get(SignInLog.class).search(new SignInFilter(username, null, null, null), 5)))
                .extracting(SignInAttempt::getOutcome)
                .containsExactly(SignInAttempt.Outcome.SIGNED_IN, SignInAttempt.Outcome.WRONG_PASSWORD);
        List<SignInAttempt> unknown = asAdmin(() -> Beans.get(SignInLog.class).search(
                new SignInFilter("nobody-" + username, false, null, null), 10));
        assertThat(unknown).extracting(SignInAttempt::getOutcome).containsExactly(SignInAttempt.Outcome.UNKNOWN_USER);
        assertThat(unknown.get(0).getUsername()).startsWith("unknown:");
        AuditEventView logged = new AuditEventQuery(Beans.dataSource()).newest("SignInAttempt", String.valueOf(unknown.get(0).getId()), 0, 1).get(0);
        assertThat(logged.actor()).isEqualTo("anonymous");
        assertThat(logged.changes()).contains("UNKNOWN_USER");
    }
}
