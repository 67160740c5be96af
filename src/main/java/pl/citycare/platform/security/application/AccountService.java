package pl.citycare.platform.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.audit.AuditTrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    public SignInOutcome signIn(String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = find(username);
        if (found.isEmpty() || !found.get().isActive()) {
            passwordHash.verify(password.toCharArray(), decoyHash);
            LOG.info(() -> "Sign-in rejected for unknown or inactive user '" + UserAccount.normalise(username) + "'");
            return new SignInOutcome.Rejected();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            LOG.info(() -> "Sign-in refused: account '" + account.getUsername() + "' is locked");
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        auditTrail.actingAs(account.getUsername());
        if (account.getPasswordHash() != null && passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
            auditTrail.because("sign-in");
            account.recordSuccessfulSignIn(now);
            LOG.info(() -> "User '" + account.getUsername() + "' signed in");
            return new SignInOutcome.SignedIn(account.getUsername(), account.getRoles());
        }
        auditTrail.because("failed sign-in");
        if (account.recordFailedSignIn(now, maxFailedAttempts, Duration.ofMinutes(lockoutMinutes))) {
            LOG.warning(() -> "Account '" + account.getUsername() + "' locked after " + maxFailedAttempts + " failed sign-ins");
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        LOG.info(() -> "Sign-in failed for '" + account.getUsername() + "' (wrong password)");
        return new SignInOutcome.Rejected();
    }

    /** When the account is locked now, until when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return find(username).filter(a -> a.isLockedAt(now)).flatMap(UserAccount::getLockedUntil);
    }

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
