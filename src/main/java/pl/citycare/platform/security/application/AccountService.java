package pl.citycare.platform.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.PasswordPolicy;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.SignInAttempt.Outcome;
import pl.citycare.platform.security.domain.SignInAttempt.Source;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.audit.AuditTrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Use cases of a person's account: signing in (with lockout), creating accounts, preferences.
 * Passwords are kept only as PBKDF2-HMAC-SHA512 hashes (210,000 iterations, OWASP 2023).
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final String ANONYMOUS = "anonymous";

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    @ConfigProperty(name = "citycare.security.max-failed-attempts", defaultValue = "5")
    private int maxFailedAttempts;

    @Inject
    @ConfigProperty(name = "citycare.security.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    /** Microsecond ticks: what both databases store, so a value read back equals the one written. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** Hash of a random password, checked when the username is unknown so both cases take equally long. */
    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = passwordHash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    /**
     * Checks a local account's password, counts failures towards the lock, and writes the attempt to
     * the sign-in log (and so to the audit trail), whatever its outcome.
     *
     * @param address the client's network address, for the log
     */
    public SignInOutcome signIn(String username, String password, String address) {
        Instant now = clock.instant();
        Optional<UserAccount> found = find(username);
        if (found.isEmpty() || !found.get().isActive()) {
            passwordHash.verify(password.toCharArray(), decoyHash);
            record(username, address, found.isEmpty() ? Outcome.UNKNOWN_USER : Outcome.INACTIVE, now);
            LOG.info(() -> "Sign-in rejected for unknown or inactive user '" + UserAccount.normalise(username) + "'");
            return new SignInOutcome.Rejected();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            record(username, address, Outcome.LOCKED, now);
            LOG.info(() -> "Sign-in refused: account '" + account.getUsername() + "' is locked");
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        if (account.getPasswordHash() != null && passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            auditTrail.actingAs(account.getUsername());
            auditTrail.because("sign-in");
            account.recordSuccessfulSignIn(now);
            em.persist(new SignInAttempt(account.getUsername(), now, address, Outcome.SIGNED_IN, Source.LOCAL));
            LOG.info(() -> "User '" + account.getUsername() + "' signed in");
            return new SignInOutcome.SignedIn(account.getUsername(), account.getRoles(), account.isMustChangePassword());
        }
        boolean lockedNow = account.recordFailedSignIn(now, maxFailedAttempts, Duration.ofMinutes(lockoutMinutes));
        record(username, address, Outcome.WRONG_PASSWORD, now);
        if (lockedNow) {
            LOG.warning(() -> "Account '" + account.getUsername() + "' locked after " + maxFailedAttempts + " failed sign-ins");
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        LOG.info(() -> "Sign-in failed for '" + account.getUsername() + "' (wrong password)");
        return new SignInOutcome.Rejected();
    }

    /** A failed attempt: whoever typed it is unknown, so the trail names no user as its actor. */
    private void record(String username, String address, Outcome outcome, Instant now) {
        record(username, address, outcome, Source.LOCAL, now);
    }

    private void record(String username, String address, Outcome outcome, Source source, Instant now) {
        auditTrail.actingAs(ANONYMOUS);
        auditTrail.because("failed sign-in");
        String name = UserAccount.normalise(username);
        em.persist(new SignInAttempt(name.length() > 64 ? name.substring(0, 64) : name, now, address, outcome, source));
    }

    /** True when the username belongs to a local account with its own password (not a directory account). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLocalAccount(String username) {
        return find(username).filter(a -> !a.isDirectoryAccount()).isPresent();
    }

    /**
     * The directory accepted the password: keep the person's local record (created at the first
     * sign-in) in step with the roles their directory groups grant, and log the sign-in. A record an
     * administrator deactivated stays out, and so does someone whose groups grant no CityCare role.
     */
    public SignInOutcome signInFromDirectory(String username, Set<Role> roles, String address) {
        Instant now = clock.instant();
        Optional<UserAccount> found = find(username);
        if (found.isPresent() && !found.get().isActive()) {
            record(username, address, Outcome.INACTIVE, Source.DIRECTORY, now);
            return new SignInOutcome.Rejected();
        }
        if (roles.isEmpty()) {
            record(username, address, Outcome.NO_ROLE, Source.DIRECTORY, now);
            LOG.info(() -> "Directory user '" + UserAccount.normalise(username) + "' has no group mapped to a CityCare role");
            return new SignInOutcome.Rejected();
        }
        auditTrail.actingAs(UserAccount.normalise(username));
        auditTrail.because("sign-in with the city directory");
        UserAccount account = found.orElseGet(() -> {
            UserAccount created = UserAccount.fromDirectory(username, roles, now);
            em.persist(created);
            return created;
        });
        account.assignRoles(roles);
        account.recordSuccessfulSignIn(now);
        em.lock(account, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT); // roles changes are audited
        em.persist(new SignInAttempt(account.getUsername(), now, address, Outcome.SIGNED_IN, Source.DIRECTORY));
        LOG.info(() -> "Directory user '" + account.getUsername() + "' signed in with roles " + roles);
        return new SignInOutcome.SignedIn(account.getUsername(), account.getRoles(), false);
    }

    /** The directory refused the password, or could not be reached. */
    public void recordDirectoryFailure(String username, String address, boolean directoryDown) {
        record(username, address, directoryDown ? Outcome.DIRECTORY_UNAVAILABLE : Outcome.WRONG_PASSWORD,
                Source.DIRECTORY, clock.instant());
    }

    /**
     * The user changes their own password: the current one must be right and the new one must pass
     * the policy. Clears a forced change.
     *
     * @throws PasswordRejectedException with the reasons, and nothing changed
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = find(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
        if (account.getPasswordHash() == null
                || !passwordHash.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw new PasswordRejectedException(Set.of(), true);
        }
        var violations = PasswordPolicy.check(account.getUsername(), newPassword);
        if (passwordHash.verify(newPassword.toCharArray(), account.getPasswordHash())) {
            violations.add(PasswordPolicy.Violation.SAME_AS_CURRENT);
        }
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations, false);
        }
        auditTrail.because("password changed by its owner");
        account.changePassword(passwordHash.generate(newPassword.toCharArray()), clock.instant());
    }

    /** The user's own latest sign-in attempts, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignInAttempt> recentSignIns(String username, int limit) {
        return em.createQuery("SELECT s FROM SignInAttempt s WHERE s.username = :username ORDER BY s.occurredAt DESC, s.id DESC",
                        SignInAttempt.class)
                .setParameter("username", UserAccount.normalise(username))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Hashes a password with the application's PBKDF2 parameters (for administration). */
    String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    Instant now() {
        return clock.instant();
    }

    /** When the account is locked now, until when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return find(username).filter(a -> a.isLockedAt(now)).flatMap(UserAccount::getLockedUntil);
    }

    /** Creates a local account with a password of its own (demo data and the first administrator). */
    public UserAccount create(String username, String displayName, char[] password, Set<Role> roles) {
        var account = new UserAccount(username, displayName, passwordHash.generate(password), roles, clock.instant());
        em.persist(account);
        return account;
    }

    public void changePreferredLocale(String username, String languageTag) {
        find(username).ifPresent(account -> account.changePreferredLocale(languageTag));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst();
    }
}
