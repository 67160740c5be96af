package pl.citycare.platform.security.signin.web;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.security.administration.application.UserAdministration;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.SignInAttempt.Outcome;
import pl.citycare.platform.security.domain.SignInAttempt.Source;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.platform.security.signinlog.application.SignInFilter;
import pl.citycare.platform.security.signinlog.application.SignInLog;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.Beans;
import pl.citycare.support.EntityManagerHolder;
import pl.citycare.support.TestAccounts;
import pl.citycare.support.TestDirectory;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with the city directory: a real LDAP server (UnboundID in memory, krakow.ldif plus the people
 * each test adds) beside the database accounts, through the sign-in handler Jakarta Security calls.
 * Runs in {@code CityCareIT}.
 */
public interface DirectorySignInTests {

    String DIRECTORY_PASSWORD = "Katalog-Testowy-2026";

    private CredentialValidationResult signIn(String username, String password) {
        return Beans.get(IdentityStoreHandler.class).validate(new UsernamePasswordCredential(username, password));
    }

    private SignInAttempt lastAttempt(String typedName) throws Exception {
        return Beans.get(AsAdministrator.class).call(() -> Beans.get(SignInLog.class)
                .search(new SignInFilter(typedName, null, null, null), 1).get(0));
    }

    private long accountsNamed(String pattern) throws Exception {
        return Beans.inTransaction(() -> Beans.get(EntityManagerHolder.class).em()
                .createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username LIKE :pattern", Long.class)
                .setParameter("pattern", pattern).getSingleResult());
    }

    private Object directoryDownFlag() {
        return Beans.get(HttpServletRequest.class).getAttribute(CityCareIdentityStoreHandler.DIRECTORY_DOWN);
    }

    @Test
    default void aDirectoryUserSignsInWithTheRolesTheirGroupsMapTo() throws Exception {
        String uid = TestDirectory.addPerson("dir-", DIRECTORY_PASSWORD, "citycare-auditors", "citycare-testing");

        CredentialValidationResult result = signIn(uid, DIRECTORY_PASSWORD);

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo(uid);
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("AUDITOR", "TESTING_CLERK");
        UserAccount record = TestAccounts.find(uid).orElseThrow();
        assertThat(record.isDirectoryAccount()).isTrue();
        assertThat(record.getPasswordHash()).isNull();
        assertThat(record.getRoles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.TESTING_CLERK);
        assertThat(lastAttempt(uid).getSource()).isEqualTo(Source.DIRECTORY);
        assertThat(lastAttempt(uid).getOutcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    default void aWrongDirectoryPasswordIsRefusedAndLogged() throws Exception {
        String uid = TestDirectory.addPerson("dir-", DIRECTORY_PASSWORD, "citycare-testing");

        assertThat(signIn(uid, "not-her-password").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);

        assertThat(lastAttempt(uid).getOutcome()).isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(lastAttempt(uid).getSource()).isEqualTo(Source.DIRECTORY);
        assertThat(directoryDownFlag()).isNull();
    }

    @Test
    default void groupsThatMapToNoRoleGrantNoEntry() throws Exception {
        String uid = TestDirectory.addPerson("dir-", DIRECTORY_PASSWORD, "city-library");

        assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);

        assertThat(lastAttempt(uid).getOutcome()).isEqualTo(Outcome.NO_ROLE);
        assertThat(TestAccounts.find(uid)).isEmpty();
    }

    @Test
    default void localAccountsAreDecidedByTheirOwnPasswordOnly() throws Exception {
        TestDirectory.up();
        CredentialValidationResult admin = signIn("admin", DemoUsers.DEMO_PASSWORD);
        assertThat(admin.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(admin.getCallerGroups()).containsExactly("ADMIN");

        // A directory password never opens a local account.
        assertThat(signIn("admin", "Katalog-Jana-2026").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(lastAttempt("admin").getSource()).isEqualTo(Source.LOCAL);
    }

    @Test
    default void aDirectoryAccountDeactivatedInCityCareStaysOut() throws Exception {
        String uid = TestDirectory.addPerson("dir-", DIRECTORY_PASSWORD, "citycare-testing");
        assertThat(signIn(uid, DIRECTORY_PASSWORD).getCallerGroups()).containsExactly("TESTING_CLERK");
        long id = TestAccounts.find(uid).orElseThrow().getId();
        Beans.get(AsAdministrator.class).call(() -> {
            Beans.get(UserAdministration.class).deactivate(id);
            return null;
        });

        assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(lastAttempt(uid).getOutcome()).isEqualTo(Outcome.INACTIVE);
    }

    /**
     * The probes that let a deactivated person back in: a wildcard, or a filter of one's own, in the
     * username. None reaches the directory; none signs in; no second record appears.
     */
    @Test
    default void filterMetacharactersInTheUsernameNeverMatchAnyoneInTheDirectory() throws Exception {
        String uid = TestDirectory.addPerson("okow", DIRECTORY_PASSWORD, "citycare-testing");
        assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        UserAccount record = TestAccounts.find(uid).orElseThrow();
        assertThat(record.getDirectoryDn()).hasValue("uid=" + uid + "," + TestDirectory.PEOPLE);
        Beans.get(AsAdministrator.class).call(() -> {
            Beans.get(UserAdministration.class).deactivate(record.getId());
            return null;
        });
        assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);

        List<String> probes = List.of("okow*", uid.substring(0, uid.length() - 1) + "*", uid + ")(uid=*",
                "*", uid + "(", uid + ")", uid + "\\2a", uid + "\u0000", "*)(objectClass=*");
        for (String probe : probes) {
            CredentialValidationResult result = signIn(probe, DIRECTORY_PASSWORD);
            assertThat(result.getStatus()).as("probe %s", probe).isEqualTo(CredentialValidationResult.Status.INVALID);
        }
        assertThat(accountsNamed("%*%")).as("no record named with a wildcard").isZero();
        assertThat(accountsNamed("%(%")).as("no record named with a parenthesis").isZero();
        assertThat(accountsNamed("okow%")).as("still one record for the person").isEqualTo(1);
        assertThat(TestAccounts.find(uid).orElseThrow().isActive()).isFalse();
    }

    /** The same person typed another way (case, spaces) is the same record, found by the directory's DN. */
    @Test
    default void aDirectoryPersonHasOneRecordHoweverTheNameIsTyped() throws Exception {
        String uid = TestDirectory.addPerson("dir-", DIRECTORY_PASSWORD, "citycare-testing");

        assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(signIn("  " + uid.toUpperCase() + " ", DIRECTORY_PASSWORD).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);

        assertThat(accountsNamed(uid)).isEqualTo(1);
    }

    @Test
    default void withTheDirectoryDownTheAnswerSaysSoAndLocalAccountsStillWork() throws Exception {
        String uid = TestDirectory.addPerson("dir-", DIRECTORY_PASSWORD, "citycare-auditors");
        TestDirectory.down();
        try {
            assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
            assertThat(directoryDownFlag()).isEqualTo(Boolean.TRUE);
            assertThat(lastAttempt(uid).getOutcome()).isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);

            CredentialValidationResult local = signIn("auditor", DemoUsers.DEMO_PASSWORD);
            assertThat(local.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
            assertThat(local.getCallerGroups()).isEqualTo(Set.of("AUDITOR"));
        } finally {
            TestDirectory.up();
        }
    }
}
