package pl.citycare.platform.security.application;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.support.Beans;
import pl.citycare.support.EntityManagerHolder;

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

/**
 * Sign-in, lockout and optimistic locking of accounts, inside Payara Micro against the real database.
 * Runs in {@code CityCareIT}.
 */
public interface AccountSecurityTests {

    char[] PASSWORD = "Correct-horse-battery-9".toCharArray();
    String ADDRESS = "127.0.0.1";

    private AccountService accounts() {
        return Beans.get(AccountService.class);
    }

    private String newUser(Role... roles) throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Beans.inTransaction(() -> accounts().create(username, "Test User", PASSWORD, Set.of(roles)));
        return username;
    }

    @Test
    default void correctPasswordSignsInWithTheAccountsRoles() throws Exception {
        String username = newUser(Role.AUDITOR, Role.PROCUREMENT_CLERK);

        SignInOutcome outcome = accounts().signIn(username.toUpperCase(), new String(PASSWORD), ADDRESS);

        assertThat(outcome).isEqualTo(new SignInOutcome.SignedIn(username, Set.of(Role.AUDITOR, Role.PROCUREMENT_CLERK), false));
        assertThat(accounts().find(username).orElseThrow().getLastLoginAt()).isPresent();
    }

    @Test
    default void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
        String username = newUser(Role.ADMIN);

        String stored = accounts().find(username).orElseThrow().getPasswordHash();

        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(new String(PASSWORD));
    }

    @Test
    default void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        String username = newUser(Role.TESTING_CLERK);

        assertThat(accounts().signIn("nobody-" + username, "whatever", ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        assertThat(accounts().signIn(username, "wrong password", ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
    }

    @Test
    default void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String username = newUser(Role.HOTLINE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(accounts().signIn(username, "wrong-" + attempt, ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        }

        SignInOutcome fifth = accounts().signIn(username, "wrong-5", ADDRESS);

        assertThat(fifth).isInstanceOf(SignInOutcome.Locked.class);
        Instant until = ((SignInOutcome.Locked) fifth).until();
        assertThat(until).isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(30)));
        // While locked even the right password is refused, and the lock is reported.
        assertThat(accounts().signIn(username, new String(PASSWORD), ADDRESS)).isEqualTo(new SignInOutcome.Locked(until));
        assertThat(accounts().lockedUntil(username)).contains(until);
    }

    @Test
    default void anExpiredLockLetsTheRightPasswordInAndStartsTheCountAgain() throws Exception {
        String username = newUser(Role.CENTRE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 5; attempt++) {
            accounts().signIn(username, "wrong-" + attempt, ADDRESS);
        }
        assertThat(accounts().lockedUntil(username)).isPresent();

        // Fifteen minutes pass: move the lock into the past rather than wait.
        try (Connection c = Beans.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE app_user SET locked_until = ? WHERE username = ?")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            ps.setString(2, username);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(accounts().lockedUntil(username)).isEmpty();
        assertThat(accounts().signIn(username, new String(PASSWORD), ADDRESS)).isInstanceOf(SignInOutcome.SignedIn.class);
        UserAccount account = accounts().find(username).orElseThrow();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isEmpty();
    }

    @Test
    default void aStaleCopyCannotOverwriteAnotherUsersChange() throws Exception {
        String username = newUser(Role.ADMIN);
        UserAccount stale = Beans.inTransaction(() -> accounts().find(username).orElseThrow());
        // stale is now detached, at the version read
        Beans.inTransaction(() -> {
            accounts().changePreferredLocale(username, "en"); // someone else saves first
            return null;
        });
        UserTransaction tx = Beans.transaction();
        EntityManager em = Beans.get(EntityManagerHolder.class).em();

        stale.changePreferredLocale("uk");
        tx.begin();
        try {
            assertThatThrownBy(() -> {
                em.merge(stale);
                tx.commit();
            }).satisfies(failure -> assertThat(Beans.causes(failure))
                    .anyMatch(t -> t.getClass().getSimpleName().equals("OptimisticLockException")));
        } finally {
            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
        assertThat(accounts().find(username).orElseThrow().getPreferredLocale()).isEqualTo("en");
    }
}
