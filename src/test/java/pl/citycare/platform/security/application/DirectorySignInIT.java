package pl.citycare.platform.security.application;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.SignInAttempt.Outcome;
import pl.citycare.platform.security.domain.SignInAttempt.Source;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.support.Deployments;
import pl.citycare.support.DirectoryServer;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with the city directory: a real LDAP server (UnboundID in memory, users and groups from
 * krakow.ldif) beside the database accounts, through the sign-in handler Jakarta Security calls.
 */
@ExtendWith(DirectoryServer.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withAdministratorRunAs(Deployments.withTests(DirectorySignInIT.class, DirectoryServer.class));
    }

    @Inject
    IdentityStoreHandler handler;

    @Inject
    AccountService accounts;

    @Inject
    UserAdministration administration;

    @Inject
    AsAdministrator asAdmin;

    @Inject
    HttpServletRequest request;

    private CredentialValidationResult signIn(String username, String password) {
        return handler.validate(new UsernamePasswordCredential(username, password));
    }

    private SignInAttempt lastAttempt(String username) {
        return accounts.recentSignIns(username, 1).get(0);
    }

    @Test
    @Order(1)
    void aDirectoryUserSignsInWithTheRolesTheirGroupsMapTo() {
        CredentialValidationResult result = signIn("jnowak", "Katalog-Jana-2026");

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("jnowak");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("AUDITOR", "TESTING_CLERK");
        UserAccount record = accounts.find("jnowak").orElseThrow();
        assertThat(record.isDirectoryAccount()).isTrue();
        assertThat(record.getPasswordHash()).isNull();
        assertThat(record.getRoles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.TESTING_CLERK);
        assertThat(lastAttempt("jnowak").getSource()).isEqualTo(Source.DIRECTORY);
        assertThat(lastAttempt("jnowak").getOutcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    @Order(2)
    void aWrongDirectoryPasswordIsRefusedAndLogged() {
        assertThat(signIn("okowalska", "not-her-password").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);

        assertThat(lastAttempt("okowalska").getOutcome()).isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(lastAttempt("okowalska").getSource()).isEqualTo(Source.DIRECTORY);
        assertThat(request.getAttribute(CityCareIdentityStoreHandler.DIRECTORY_DOWN)).isNull();
    }

    @Test
    @Order(3)
    void groupsThatMapToNoRoleGrantNoEntry() {
        assertThat(signIn("pwozniak", "Katalog-Piotra-2026").getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);

        assertThat(lastAttempt("pwozniak").getOutcome()).isEqualTo(Outcome.NO_ROLE);
        assertThat(accounts.find("pwozniak")).isEmpty();
    }

    @Test
    @Order(4)
    void localAccountsAreDecidedByTheirOwnPasswordOnly() {
        CredentialValidationResult admin = signIn("admin", DemoUsers.DEMO_PASSWORD);
        assertThat(admin.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(admin.getCallerGroups()).containsExactly("ADMIN");

        // A directory password never opens a local account.
        assertThat(signIn("admin", "Katalog-Jana-2026").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(lastAttempt("admin").getSource()).isEqualTo(Source.LOCAL);
    }

    @Test
    @Order(5)
    void aDirectoryAccountDeactivatedInCityCareStaysOut() throws Exception {
        assertThat(signIn("okowalska", "Katalog-Olgi-2026").getCallerGroups()).containsExactly("TESTING_CLERK");
        long id = accounts.find("okowalska").orElseThrow().getId();
        asAdmin.call(() -> {
            administration.deactivate(id);
            return null;
        });

        assertThat(signIn("okowalska", "Katalog-Olgi-2026").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(lastAttempt("okowalska").getOutcome()).isEqualTo(Outcome.INACTIVE);
    }

    @Test
    @Order(10)
    @RunAsClient
    void theDirectoryGoesDown() {
        DirectoryServer.stop();
    }

    @Test
    @Order(11)
    void withTheDirectoryDownTheAnswerSaysSoAndLocalAccountsStillWork() {
        assertThat(signIn("jnowak", "Katalog-Jana-2026").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(request.getAttribute(CityCareIdentityStoreHandler.DIRECTORY_DOWN)).isEqualTo(Boolean.TRUE);
        assertThat(lastAttempt("jnowak").getOutcome()).isEqualTo(Outcome.DIRECTORY_UNAVAILABLE);

        CredentialValidationResult local = signIn("auditor", DemoUsers.DEMO_PASSWORD);
        assertThat(local.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(local.getCallerGroups()).isEqualTo(Set.of("AUDITOR"));
    }
}
