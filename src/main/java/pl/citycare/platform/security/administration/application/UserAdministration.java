package pl.citycare.platform.security.administration.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.application.Credentials;
import pl.citycare.platform.security.domain.AdministratorRules;
import pl.citycare.platform.security.domain.PasswordPolicy;
import pl.citycare.platform.security.domain.PasswordRejectedException;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.shared.audit.AuditTrail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Administracja użytkownikami: what the city's IT administrator does with accounts. Accounts are
 * deactivated, never deleted (the audit trail names them). Every change is audited by the entity
 * listener; the rules that protect the administrators themselves are enforced here.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private Credentials credentials;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    /** One page of the accounts the filter selects, by username. */
    public List<UserAccount> search(UserFilter filter, int first, int max) {
        return list(filter).sortedBy(Sort.asc("username")).page(first, max);
    }

    public long count(UserFilter filter) {
        return list(filter).count();
    }

    private ListQuery<UserAccount> list(UserFilter filter) {
        Instant now = Instant.now();
        UserFilter.Status status = filter.status();
        return ListQuery.of(em, UserAccount.class)
                .containsIgnoringCase(filter.text(), "username", "displayName")
                .whereIf(filter.role() != null, (cb, u) -> cb.isMember(filter.role(), u.<Set<Role>>get("roles")))
                .whereIf(status == UserFilter.Status.ACTIVE, (cb, u) -> cb.isTrue(u.get("active")))
                .whereIf(status == UserFilter.Status.INACTIVE, (cb, u) -> cb.isFalse(u.get("active")))
                .whereIf(status == UserFilter.Status.LOCKED, (cb, u) -> cb.greaterThan(u.get("lockedUntil"), now));
    }

    public UserAccount get(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new AccountRuleViolation("admin.rule.noSuchUser");
        }
        return account;
    }

    /**
     * Creates a local account with a temporary password the user must change at the first sign-in.
     *
     * @throws AccountRuleViolation      for a malformed or taken username, or no role
     * @throws PasswordRejectedException when the temporary password breaks the policy
     */
    public UserAccount create(String username, String displayName, String temporaryPassword, Set<Role> roles) {
        String name = UserAccount.normalise(username);
        if (!UserAccount.isWellFormed(name)) {
            throw new AccountRuleViolation("admin.rule.usernameFormat");
        }
        if (find(name).isPresent()) {
            throw new AccountRuleViolation("admin.rule.usernameTaken");
        }
        requireRoles(roles);
        checkPolicy(name, temporaryPassword);
        var account = new UserAccount(name, displayName.trim(), credentials.hash(temporaryPassword), roles, now());
        account.requirePasswordChange();
        em.persist(account);
        LOG.info(() -> caller() + " created account '" + name + "' with roles " + roles);
        return account;
    }

    /**
     * Changes name and roles of the account as the administrator last saw it.
     *
     * @param expectedVersion the version the administrator edited; another change since then is a conflict
     */
    public UserAccount update(long id, long expectedVersion, String displayName, Set<Role> roles) {
        UserAccount account = get(id);
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockException("UserAccount " + id + " changed since it was read");
        }
        AdministratorRules.checkRoleChange(account, roles == null ? Set.of() : roles, caller(), otherActiveAdmins(account))
                .ifPresent(rule -> {
                    throw new AccountRuleViolation(rule);
                });
        account.rename(displayName.trim());
        account.assignRoles(roles);
        // A change of roles alone touches only app_user_role; bumping the version updates the account
        // row too, so the audit listener sees (and records) the new roles.
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return account;
    }

    public void deactivate(long id) {
        UserAccount account = get(id);
        AdministratorRules.checkDeactivation(account, caller(), otherActiveAdmins(account)).ifPresent(rule -> {
            throw new AccountRuleViolation(rule);
        });
        auditTrail.because("deactivated by an administrator");
        account.deactivate();
    }

    public void activate(long id) {
        auditTrail.because("reactivated by an administrator");
        get(id).activate();
    }

    public void unlock(long id) {
        auditTrail.because("unlocked by an administrator");
        get(id).unlock();
    }

    /** Sets a temporary password (checked by the policy) that the user must change at the next sign-in. */
    public void resetPassword(long id, String temporaryPassword) {
        UserAccount account = get(id);
        if (account.isDirectoryAccount()) {
            throw new AccountRuleViolation("admin.rule.directoryPassword");
        }
        checkPolicy(account.getUsername(), temporaryPassword);
        auditTrail.because("password reset by an administrator");
        account.resetPassword(credentials.hash(temporaryPassword), now());
    }

    /**
     * The other active administrators, counted under a write lock on every administrator's row: two
     * administrators demoting each other at the same moment are served one after the other, and the
     * second sees the first one's change, so the last administrator always stays.
     */
    private long otherActiveAdmins(UserAccount account) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.active = true AND u.id IN "
                        + "(SELECT a.id FROM UserAccount a JOIN a.roles r WHERE r = :admin) ORDER BY u.id",
                        UserAccount.class)
                .setParameter("admin", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                // read again after the lock: another administrator's change may have committed meanwhile
                .filter(u -> !u.getId().equals(account.getId()) && u.isActive() && u.hasRole(Role.ADMIN))
                .count();
    }

    private Optional<UserAccount> find(String name) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .getResultStream().findFirst();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountRuleViolation("admin.rule.noRole");
        }
    }

    private static void checkPolicy(String username, String password) {
        var violations = PasswordPolicy.check(username, password);
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations, false);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
