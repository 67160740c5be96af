package pl.citycare.platform.security.signin.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.security.application.Credentials;
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
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Logowanie: checks a local account's password, counts failures towards the lock, and keeps the local
 * record of people who sign in with the city directory. Every attempt goes to the sign-in log (and so
 * to the audit trail), whatever its outcome.
 * <p>
 * A name that belongs to no account is never stored as typed (people type passwords into the username
 * box): the log keeps its {@link SignInNames pseudonym}. Such names are locked after the same number of
 * failures as accounts, so the login page answers an unknown name exactly as it answers a known one.
 */
@Stateless
@PermitAll // signing in is what a caller does before anyone is signed in
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
    private static final String ANONYMOUS = "anonymous";
    private static final List<Outcome> FAILURES = List.of(Outcome.UNKNOWN_USER, Outcome.WRONG_PASSWORD);

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private Credentials credentials;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private SignInNames names;

    @Inject
    @ConfigProperty(name = "citycare.security.max-failed-attempts", defaultValue = "5")
    private int maxFailedAttempts;

    @Inject
    @ConfigProperty(name = "citycare.security.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    /** Microsecond ticks: what both databases store, so a value read back equals the one written. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @PostConstruct
    void checkSettings() {
        if (maxFailedAttempts < 1 || lockoutMinutes < 1) {
            throw new IllegalStateException("citycare.security.max-failed-attempts and lockout-minutes must be positive");
        }
    }

    /**
     * Checks a local account's password; any other name (unknown, or not a well-formed username) is
     * answered the same way after the same time.
     *
     * @param address the client's network address, for the log
     */
    public SignInOutcome signIn(String typedName, String password, String address) {
        Instant now = clock.instant();
        String name = UserAccount.normalise(typedName);
        Optional<UserAccount> found = findLocal(name);
        if (found.isEmpty()) {
            credentials.spendCheckTime(password);
            return refuseUnknown(name, address, Source.LOCAL, now);
        }
        UserAccount account = found.get();
        if (!account.isActive()) {
            credentials.spendCheckTime(password);
            record(account.getUsername(), address, Outcome.INACTIVE, Source.LOCAL, now);
            return new SignInOutcome.Rejected();
        }
        if (account.isLockedAt(now)) {
            record(account.getUsername(), address, Outcome.LOCKED, Source.LOCAL, now);
            LOG.info(() -> "Sign-in refused: account '" + account.getUsername() + "' is locked");
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        boolean matches = credentials.matches(password, account.getPasswordHash());
        // Sign-ins of one account at the same moment (a shared shift account, a double click) queue here, after the
        // slow password check, instead of failing each other's commit on the account's version; failed attempts
        // made in parallel are all counted towards the lock.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            record(account.getUsername(), address, Outcome.LOCKED, Source.LOCAL, now);
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        if (matches) {
            auditTrail.actingAs(account.getUsername());
            auditTrail.because("sign-in");
            account.recordSuccessfulSignIn(now);
            em.persist(new SignInAttempt(account.getUsername(), now, address, Outcome.SIGNED_IN, Source.LOCAL));
            LOG.info(() -> "User '" + account.getUsername() + "' signed in");
            return new SignInOutcome.SignedIn(account.getUsername(), account.getRoles(), account.isMustChangePassword());
        }
        boolean lockedNow = account.recordFailedSignIn(now, maxFailedAttempts, Duration.ofMinutes(lockoutMinutes));
        record(account.getUsername(), address, Outcome.WRONG_PASSWORD, Source.LOCAL, now);
        if (lockedNow) {
            LOG.warning(() -> "Account '" + account.getUsername() + "' locked after " + maxFailedAttempts + " failed sign-ins");
            return new SignInOutcome.Locked(account.getLockedUntil().orElseThrow());
        }
        LOG.info(() -> "Sign-in failed for '" + account.getUsername() + "' (wrong password)");
        return new SignInOutcome.Rejected();
    }

    /**
     * A name with no local account: locked after the failures an account would be locked after, and
     * logged under its pseudonym.
     */
    private SignInOutcome refuseUnknown(String name, String address, Source source, Instant now) {
        String logName = names.forLog(name, false);
        Optional<Instant> lockedUntil = lockedByLog(logName, now);
        if (lockedUntil.isPresent()) {
            record(logName, address, Outcome.LOCKED, source, now);
            return new SignInOutcome.Locked(lockedUntil.get());
        }
        record(logName, address, Outcome.UNKNOWN_USER, source, now);
        LOG.info(() -> "Sign-in rejected for an unknown name (logged as " + logName + ")");
        return lockedByLog(logName, now).<SignInOutcome>map(SignInOutcome.Locked::new).orElse(new SignInOutcome.Rejected());
    }

    /** True when the name belongs to a local account with its own password (not a directory account). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isLocalAccount(String typedName) {
        return findLocal(UserAccount.normalise(typedName)).isPresent();
    }

    /**
     * When sign-in with this name is locked now, until when: an account's own lock, or, for any other
     * name, too many failures in the sign-in log. The login page says so the same way for both.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String typedName) {
        Instant now = clock.instant();
        String name = UserAccount.normalise(typedName);
        Optional<UserAccount> local = findLocal(name);
        if (local.isPresent()) {
            return local.filter(a -> a.isLockedAt(now)).flatMap(UserAccount::getLockedUntil);
        }
        return lockedByLog(names.forLog(name, find(name).isPresent()), now);
    }

    /**
     * Before the directory is asked: a name locked by earlier failures is refused without asking it, and
     * the refusal is logged.
     */
    public Optional<Instant> refuseIfLocked(String typedName, String address) {
        Optional<Instant> until = lockedUntil(typedName);
        until.ifPresent(u -> {
            String name = UserAccount.normalise(typedName);
            record(names.forLog(name, find(name).isPresent()), address, Outcome.LOCKED, Source.DIRECTORY, clock.instant());
        });
        return until;
    }

    /**
     * The directory accepted the password: keep the person's local record (made at the first sign-in and
     * found by the directory's DN for them) in step with the roles their directory groups grant, and log
     * the sign-in. A record an administrator deactivated stays out, and so does someone whose groups grant
     * no CityCare role.
     */
    public SignInOutcome signInFromDirectory(String typedName, String directoryDn, Set<Role> roles, String address) {
        Instant now = clock.instant();
        String name = UserAccount.normalise(typedName);
        Optional<UserAccount> found = findByDirectoryDn(directoryDn).or(() -> find(name)
                .filter(a -> a.isDirectoryAccount() && a.getDirectoryDn().isEmpty()));
        if (found.isEmpty() && find(name).isPresent()) {
            // The name is taken by another record (a local account, or another directory person).
            record(name, address, Outcome.DIRECTORY_CONFLICT, Source.DIRECTORY, now);
            LOG.warning(() -> "Directory sign-in of '" + name + "' refused: the name belongs to another CityCare record");
            return new SignInOutcome.Rejected();
        }
        if (found.isPresent() && !found.get().isActive()) {
            record(found.get().getUsername(), address, Outcome.INACTIVE, Source.DIRECTORY, now);
            return new SignInOutcome.Rejected();
        }
        if (roles.isEmpty()) {
            record(names.forLog(name, found.isPresent()), address, Outcome.NO_ROLE, Source.DIRECTORY, now);
            LOG.info(() -> "A directory user has no group mapped to a CityCare role");
            return new SignInOutcome.Rejected();
        }
        UserAccount account = found.orElseGet(() -> {
            UserAccount created = UserAccount.fromDirectory(name, directoryDn, roles, now);
            auditTrail.actingAs(created.getUsername());
            em.persist(created);
            return created;
        });
        auditTrail.actingAs(account.getUsername());
        auditTrail.because("sign-in with the city directory");
        account.attachDirectoryDn(directoryDn);
        account.assignRoles(roles);
        account.recordSuccessfulSignIn(now);
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // role changes are audited
        em.persist(new SignInAttempt(account.getUsername(), now, address, Outcome.SIGNED_IN, Source.DIRECTORY));
        LOG.info(() -> "Directory user '" + account.getUsername() + "' signed in with roles " + roles);
        return new SignInOutcome.SignedIn(account.getUsername(), account.getRoles(), false);
    }

    /** The directory refused the password, or could not be reached. */
    public SignInOutcome recordDirectoryFailure(String typedName, String address, boolean directoryDown) {
        Instant now = clock.instant();
        String name = UserAccount.normalise(typedName);
        String logName = names.forLog(name, find(name).isPresent());
        record(logName, address, directoryDown ? Outcome.DIRECTORY_UNAVAILABLE : Outcome.WRONG_PASSWORD,
                Source.DIRECTORY, now);
        return lockedByLog(logName, now).<SignInOutcome>map(SignInOutcome.Locked::new).orElse(new SignInOutcome.Rejected());
    }

    /**
     * The name the sign-in log keeps for what was typed: the username of an existing record, otherwise
     * its pseudonym. Lets the administrator's log search find attempts with an unknown name.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String nameInLog(String typedName) {
        String name = UserAccount.normalise(typedName);
        return names.forLog(name, find(name).isPresent());
    }

    /** A failed attempt: whoever typed it is unknown, so the trail names no user as its actor. */
    private void record(String logName, String address, Outcome outcome, Source source, Instant now) {
        if (outcome != Outcome.SIGNED_IN) {
            auditTrail.actingAs(ANONYMOUS);
            auditTrail.because("failed sign-in");
        }
        em.persist(new SignInAttempt(logName, now, address, outcome, source));
    }

    /** Locked when the last {@code max} failures of this name all fall within the lockout period. */
    private Optional<Instant> lockedByLog(String logName, Instant now) {
        Duration lockout = Duration.ofMinutes(lockoutMinutes);
        List<Instant> failures = em.createQuery("SELECT s.occurredAt FROM SignInAttempt s WHERE s.username = :name "
                        + "AND s.outcome IN :failures AND s.occurredAt > :since ORDER BY s.occurredAt DESC", Instant.class)
                .setParameter("name", logName)
                .setParameter("failures", FAILURES)
                .setParameter("since", now.minus(lockout))
                .setMaxResults(maxFailedAttempts)
                .getResultList();
        if (failures.size() < maxFailedAttempts) {
            return Optional.empty();
        }
        return Optional.of(failures.get(0).plus(lockout));
    }

    private Optional<UserAccount> findLocal(String name) {
        return find(name).filter(a -> !a.isDirectoryAccount());
    }

    private Optional<UserAccount> find(String name) {
        if (!UserAccount.isWellFormed(name)) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .getResultStream().findFirst();
    }

    private Optional<UserAccount> findByDirectoryDn(String directoryDn) {
        if (directoryDn == null || directoryDn.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.directoryDn = :dn", UserAccount.class)
                .setParameter("dn", directoryDn)
                .getResultStream().findFirst();
    }
}
