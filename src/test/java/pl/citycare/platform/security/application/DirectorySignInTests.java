package pl.citycare.platform.security.application;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.SignInAttempt.Outcome;
import pl.citycare.platform.security.domain.SignInAttempt.Source;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.support.Beans;
import pl.citycare.support.TestDirectory;

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

    private AccountService accounts() {
        return Beans.get(AccountService.class);
    }

    private SignInAttempt lastAttempt(String username) {
        return accounts().recentSignIns(username, 1).get(0);
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
        UserAccount record = accounts().find(uid).orElseThrow();
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
        assertThat(accounts().find(uid)).isEmpty();
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
        long id = accounts().find(uid).orElseThrow().getId();
        Beans.get(AsAdministrator.class).call(() -> {
            Beans.get(UserAdministration.class).deactivate(id);
            return null;
        });

        assertThat(signIn(uid, DIRECTORY_PASSWORD).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(lastAttempt(uid).getOutcome()).isEqualTo(Outcome.INACTIVE);
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
