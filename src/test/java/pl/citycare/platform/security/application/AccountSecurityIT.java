package pl.citycare.platform.security.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.persistence.CityCareDataSource;
import pl.citycare.support.Deployments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Sign-in, lockout and optimistic locking of accounts, inside Payara Micro against the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final char[] PASSWORD = "Correct-horse-battery-9".toCharArray();
    private static final String ADDRESS = "127.0.0.1";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AccountSecurityIT.class);
    }

    @Inject
    AccountService accounts;

    @PersistenceContext(unitName = "citycare")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    DataSource dataSource;

    private String newUser(Role... roles) throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        accounts.create(username, "Test User", PASSWORD, Set.of(roles));
        tx.commit();
        return username;
    }

    @Test
    void correctPasswordSignsInWithTheAccountsRoles() throws Exception {
        String username = newUser(Role.AUDITOR, Role.PROCUREMENT_CLERK);

        SignInOutcome outcome = accounts.signIn(username.toUpperCase(), new String(PASSWORD), ADDRESS);

        assertThat(outcome).isEqualTo(new SignInOutcome.SignedIn(username, Set.of(Role.AUDITOR, Role.PROCUREMENT_CLERK), false));
        assertThat(accounts.find(username).orElseThrow().getLastLoginAt()).isPresent();
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
        String username = newUser(Role.ADMIN);

        String stored = accounts.find(username).orElseThrow().getPasswordHash();

        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(new String(PASSWORD));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        String username = newUser(Role.TESTING_CLERK);

        assertThat(accounts.signIn("nobody-" + username, "whatever", ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        assertThat(accounts.signIn(username, "wrong password", ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String username = newUser(Role.HOTLINE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(accounts.signIn(username, "wrong-" + attempt, ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        }

        SignInOutcome fifth = accounts.signIn(username, "wrong-5", ADDRESS);

        assertThat(fifth).isInstanceOf(SignInOutcome.Locked.class);
        Instant until = ((SignInOutcome.Locked) fifth).until();
        assertThat(until).isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(30)));
        // While locked even the right password is refused, and the lock is reported.
        assertThat(accounts.signIn(username, new String(PASSWORD), ADDRESS)).isEqualTo(new SignInOutcome.Locked(until));
        assertThat(accounts.lockedUntil(username)).contains(until);
    }

    @Test
    void anExpiredLockLetsTheRightPasswordInAndStartsTheCountAgain() throws Exception {
        String username = newUser(Role.CENTRE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 5; attempt++) {
            accounts.signIn(username, "wrong-" + attempt, ADDRESS);
        }
        assertThat(accounts.lockedUntil(username)).isPresent();

        // Fifteen minutes pass: move the lock into the past rather than wait.
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE app_user SET locked_until = ? WHERE username = ?")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            ps.setString(2, username);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(accounts.lockedUntil(username)).isEmpty();
        assertThat(accounts.signIn(username, new String(PASSWORD), ADDRESS)).isInstanceOf(SignInOutcome.SignedIn.class);
        UserAccount account = accounts.find(username).orElseThrow();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isEmpty();
    }

    @Test
    void aStaleCopyCannotOverwriteAnotherUsersChange() throws Exception {
        String username = newUser(Role.ADMIN);
        tx.begin();
        UserAccount stale = accounts.find(username).orElseThrow();
        tx.commit(); // stale is now detached, at the version read

        tx.begin();
        accounts.changePreferredLocale(username, "en"); // someone else saves first
        tx.commit();

        stale.changePreferredLocale("uk");
        tx.begin();
        try {
            assertThatThrownBy(() -> {
                em.merge(stale);
                tx.commit();
            }).satisfies(failure -> assertThat(causes(failure))
                    .anyMatch(t -> t.getClass().getSimpleName().equals("OptimisticLockException")));
        } finally {
            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
        assertThat(accounts.find(username).orElseThrow().getPreferredLocale()).isEqualTo("en");
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        var chain = new java.util.ArrayList<Throwable>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
