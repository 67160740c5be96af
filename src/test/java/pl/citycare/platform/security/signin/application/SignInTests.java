package pl.citycare.platform.security.signin.application;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.Beans;
import pl.citycare.support.EntityManagerHolder;
import pl.citycare.support.TestAccounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static pl.citycare.support.TestAccounts.PASSWORD;

/**
 * Sign-in, lockout, the sign-in log and optimistic locking of accounts, inside Payara Micro against the
 * real database. Runs in {@code CityCareIT}.
 */
public interface SignInTests {

    String ADDRESS = "127.0.0.1";

    private SignInService signIn() {
        return Beans.get(SignInService.class);
    }

    private List<SignInAttempt> attemptsLoggedAs(String logName) throws Exception {
        return Beans.inTransaction(() -> Beans.get(EntityManagerHolder.class).em()
                .createQuery("SELECT s FROM SignInAttempt s WHERE s.username = :name ORDER BY s.id", SignInAttempt.class)
                .setParameter("name", logName).getResultList());
    }

    @Test
    default void correctPasswordSignsInWithTheAccountsRoles() throws Exception {
        String username = TestAccounts.create("it-", Role.AUDITOR, Role.PROCUREMENT_CLERK);

        SignInOutcome outcome = signIn().signIn(username.toUpperCase(), PASSWORD, ADDRESS);

        assertThat(outcome).isEqualTo(new SignInOutcome.SignedIn(username, Set.of(Role.AUDITOR, Role.PROCUREMENT_CLERK), false));
        assertThat(TestAccounts.find(username).orElseThrow().getLastLoginAt()).isPresent();
    }

    /**
     * Eight sign-ins of one account at the same moment (a shift's shared account, a double click) all get in, and
     * five wrong passwords at once all count: the account is locked (issue 11's benchmark found the first failing).
     */
    @Test
    default void simultaneousSignInsOfOneAccountAllGetInAndSimultaneousFailuresAllCount() throws Exception {
        String username = TestAccounts.create("it-", Role.TESTING_CLERK);
        assertThat(atOnce(8, () -> signIn().signIn(username, PASSWORD, ADDRESS)))
                .containsOnly(new SignInOutcome.SignedIn(username, Set.of(Role.TESTING_CLERK), false));

        String target = TestAccounts.create("it-", Role.TESTING_CLERK);
        assertThat(atOnce(5, () -> signIn().signIn(target, "wrong at once", ADDRESS)))
                .as("four refused, the fifth locks").filteredOn(SignInOutcome.Rejected.class::isInstance).hasSize(4);
        assertThat(signIn().signIn(target, PASSWORD, ADDRESS)).as("the fifth of them locked the account")
                .isInstanceOf(SignInOutcome.Locked.class);
    }

    /** The outcomes of {@code count} calls started together, each on a container thread of its own, in any order. */
    private static List<SignInOutcome> atOnce(int count, java.util.concurrent.Callable<SignInOutcome> call) throws Exception {
        var threads = (jakarta.enterprise.concurrent.ManagedThreadFactory) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedThreadFactory");
        var executor = java.util.concurrent.Executors.newFixedThreadPool(count, threads);
        try {
            var gate = new java.util.concurrent.CountDownLatch(1);
            var calls = new java.util.ArrayList<java.util.concurrent.Future<SignInOutcome>>();
            for (int i = 0; i < count; i++) {
                calls.add(executor.submit(() -> {
                    gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            gate.countDown();
            var outcomes = new java.util.ArrayList<SignInOutcome>();
            for (var result : calls) {
                outcomes.add(result.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    default void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
        String username = TestAccounts.create("it-", Role.ADMIN);

        String stored = TestAccounts.find(username).orElseThrow().getPasswordHash();

        assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(PASSWORD);
    }

    @Test
    default void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        String username = TestAccounts.create("it-", Role.TESTING_CLERK);

        assertThat(signIn().signIn("nobody-" + username, "whatever", ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        assertThat(signIn().signIn(username, "wrong password", ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
    }

    @Test
    default void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String username = TestAccounts.create("it-", Role.HOTLINE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn().signIn(username, "wrong-" + attempt, ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        }

        SignInOutcome fifth = signIn().signIn(username, "wrong-5", ADDRESS);

        assertThat(fifth).isInstanceOf(SignInOutcome.Locked.class);
        Instant until = ((SignInOutcome.Locked) fifth).until();
        assertThat(until).isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(30)));
        // While locked even the right password is refused, and the lock is reported.
        assertThat(signIn().signIn(username, PASSWORD, ADDRESS)).isEqualTo(new SignInOutcome.Locked(until));
        assertThat(signIn().lockedUntil(username)).contains(until);
    }

    /** No account enumeration: a name nobody has is locked after as many tries as an account would be. */
    @Test
    default void anUnknownNameIsAnsweredLikeAnAccountUpToTheLock() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn().signIn(unknown, "guess-" + attempt, ADDRESS)).isEqualTo(new SignInOutcome.Rejected());
        }

        SignInOutcome fifth = signIn().signIn(unknown, "guess-5", ADDRESS);

        assertThat(fifth).isInstanceOf(SignInOutcome.Locked.class);
        Instant until = ((SignInOutcome.Locked) fifth).until();
        assertThat(until).isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(30)));
        assertThat(signIn().lockedUntil(unknown)).contains(until);
        assertThat(signIn().signIn(unknown, "guess-6", ADDRESS)).isEqualTo(new SignInOutcome.Locked(until));
    }

    /** People type passwords into the username box: an unknown name never reaches the log or the trail as typed. */
    @Test
    default void anUnknownNameIsLoggedAndAuditedOnlyAsItsPseudonym() throws Exception {
        String typed = "Tajne-Haslo-" + UUID.randomUUID().toString().substring(0, 8);

        signIn().signIn(typed, "whatever", ADDRESS);

        String logName = Beans.get(AsAdministrator.class).call(() -> signIn().nameInLog(typed));
        assertThat(logName).startsWith("unknown:").doesNotContainIgnoringCase(typed);
        List<SignInAttempt> logged = attemptsLoggedAs(logName);
        assertThat(logged).extracting(SignInAttempt::getOutcome).containsExactly(SignInAttempt.Outcome.UNKNOWN_USER);
        assertThat(attemptsLoggedAs(UserAccount.normalise(typed))).isEmpty();
        List<AuditEventView> audited = new AuditEventQuery(Beans.dataSource())
                .newest("SignInAttempt", String.valueOf(logged.get(0).getId()), 0, 1);
        assertThat(audited.get(0).changes()).contains(logName).doesNotContainIgnoringCase(typed);
        assertThat(audited.get(0).actor()).isEqualTo("anonymous");
    }

    @Test
    default void anExpiredLockLetsTheRightPasswordInAndStartsTheCountAgain() throws Exception {
        String username = TestAccounts.create("it-", Role.CENTRE_PSYCHOLOGIST);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn().signIn(username, "wrong-" + attempt, ADDRESS);
        }
        assertThat(signIn().lockedUntil(username)).isPresent();

        // Fifteen minutes pass: move the lock into the past rather than wait.
        try (Connection c = Beans.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE app_user SET locked_until = ? WHERE username = ?")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1));
            ps.setString(2, username);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(signIn().lockedUntil(username)).isEmpty();
        assertThat(signIn().signIn(username, PASSWORD, ADDRESS)).isInstanceOf(SignInOutcome.SignedIn.class);
        UserAccount account = TestAccounts.find(username).orElseThrow();
        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getLockedUntil()).isEmpty();
    }

    @Test
    default void aStaleCopyCannotOverwriteAnotherUsersChange() throws Exception {
        String username = TestAccounts.create("it-", Role.ADMIN);
        UserAccount stale = TestAccounts.find(username).orElseThrow(); // detached, at the version read
        TestAccounts.change(username, account -> account.changePreferredLocale("en")); // someone else saves first
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
        assertThat(TestAccounts.find(username).orElseThrow().getPreferredLocale()).isEqualTo("en");
    }
}
