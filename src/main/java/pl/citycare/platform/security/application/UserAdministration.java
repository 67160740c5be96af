package pl.citycare.platform.security.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.citycare.platform.security.domain.AdministratorRules;
import pl.citycare.platform.security.domain.PasswordPolicy;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.audit.AuditTrail;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Administracja użytkownikami: what the city's IT administrator does with accounts. Accounts are
 * deactivated, never deleted (the audit trail names them). Every change is audited by the entity
 * listener; the rules that protect the administrators themselves are enforced here.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext session;

    @Inject
    private Instance<CentreDirectory> centreDirectories;

    public List<UserAccount> search(UserFilter filter, int first, int max) {
        if (filtersActive(filter)) {
            List<UserAccount> matching = activeOrInactive(filter);
            return matching.subList(Math.min(first, matching.size()), Math.min(first + max, matching.size()));
        }
        TypedQuery<UserAccount> query = em.createQuery(
                "SELECT u FROM UserAccount u" + where(filter) + " ORDER BY u.username", UserAccount.class);
        bind(filter, query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(UserFilter filter) {
        if (filtersActive(filter)) {
            return activeOrInactive(filter).size();
        }
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(u) FROM UserAccount u" + where(filter), Long.class);
        bind(filter, query::setParameter);
        return query.getSingleResult();
    }

    private static boolean filtersActive(UserFilter filter) {
        return filter.status() == UserFilter.Status.ACTIVE || filter.status() == UserFilter.Status.INACTIVE;
    }

    /**
     * Active or deactivated accounts, filtered in Java: EclipseLink 4.0's H2 platform writes a boolean
     * condition as {@code = 1}, which H2 2.x rejects. A city department's account list is small.
     */
    private List<UserAccount> activeOrInactive(UserFilter filter) {
        var rest = new UserFilter(filter.text(), filter.role(), null);
        TypedQuery<UserAccount> query = em.createQuery(
                "SELECT u FROM UserAccount u" + where(rest) + " ORDER BY u.username", UserAccount.class);
        bind(rest, query::setParameter);
        boolean active = filter.status() == UserFilter.Status.ACTIVE;
        return query.getResultStream().filter(u -> u.isActive() == active).toList();
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
    public UserAccount create(String username, String displayName, String temporaryPassword, Set<Role> roles,
                              Set<String> centres) {
        String name = UserAccount.normalise(username);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new AccountRuleViolation("admin.rule.usernameFormat");
        }
        if (accounts.find(name).isPresent()) {
            throw new AccountRuleViolation("admin.rule.usernameTaken");
        }
        requireRoles(roles);
        checkPolicy(name, temporaryPassword);
        UserAccount account = accounts.create(name, displayName.trim(), temporaryPassword.toCharArray(), roles);
        account.assignCentres(centresFor(roles, centres));
        account.requirePasswordChange();
        LOG.info(() -> caller() + " created account '" + name + "' with roles " + roles);
        return account;
    }

    /**
     * Changes name, roles and centres of the account as the administrator last saw it.
     *
     * @param expectedVersion the version the administrator edited; another change since then is a conflict
     */
    public UserAccount update(long id, long expectedVersion, String displayName, Set<Role> roles, Set<String> centres) {
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
        account.assignCentres(centresFor(roles, centres));
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
        account.resetPassword(accounts.hash(temporaryPassword), accounts.now());
    }

    /** The sign-in log, newest first. */
    public List<SignInAttempt> signIns(SignInFilter filter, int max) {
        var jpql = new StringBuilder("SELECT s FROM SignInAttempt s WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            jpql.append(" AND s.username = :username");
            params.put("username", UserAccount.normalise(filter.username()));
        }
        if (filter.success() != null) {
            // By outcome, not the boolean column: EclipseLink's H2 platform binds booleans as 0/1.
            jpql.append(filter.success() ? " AND s.outcome = :signedIn" : " AND s.outcome <> :signedIn");
            params.put("signedIn", SignInAttempt.Outcome.SIGNED_IN);
        }
        if (filter.from() != null) {
            jpql.append(" AND s.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" AND s.occurredAt < :to");
            params.put("to", filter.to());
        }
        jpql.append(" ORDER BY s.occurredAt DESC, s.id DESC");
        TypedQuery<SignInAttempt> query = em.createQuery(jpql.toString(), SignInAttempt.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    /** Centres matter only for a centre psychologist, and must be centres the health-support context knows. */
    private Set<String> centresFor(Set<Role> roles, Set<String> centres) {
        if (!roles.contains(Role.CENTRE_PSYCHOLOGIST) || centres == null) {
            return Set.of();
        }
        Set<String> known = centreDirectories.stream().flatMap(d -> d.centres().stream())
                .map(CentreDirectory.CentreOption::code).collect(java.util.stream.Collectors.toSet());
        if (!known.containsAll(centres)) {
            throw new AccountRuleViolation("admin.rule.unknownCentre");
        }
        return centres;
    }

    private long otherActiveAdmins(UserAccount account) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.id <> :id AND :admin MEMBER OF u.roles",
                        UserAccount.class)
                .setParameter("id", account.getId())
                .setParameter("admin", Role.ADMIN)
                .getResultStream().filter(UserAccount::isActive).count();
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

    private static String where(UserFilter filter) {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(u.username) LIKE :text OR LOWER(u.displayName) LIKE :text)");
        }
        if (filter.role() != null) {
            where.append(" AND :role MEMBER OF u.roles");
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case ACTIVE, INACTIVE -> ""; // see activeOrInactive
                case LOCKED -> " AND u.lockedUntil > :now";
            });
        }
        return where.toString();
    }

    private static void bind(UserFilter filter, java.util.function.BiFunction<String, Object, ?> set) {
        if (filter.text() != null && !filter.text().isBlank()) {
            set.apply("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.role() != null) {
            set.apply("role", filter.role());
        }
        if (filter.status() == UserFilter.Status.LOCKED) {
            set.apply("now", Instant.now());
        }
    }
}
