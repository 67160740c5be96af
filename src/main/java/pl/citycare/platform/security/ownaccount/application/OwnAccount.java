package pl.citycare.platform.security.ownaccount.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.application.Credentials;
import pl.citycare.platform.security.domain.PasswordPolicy;
import pl.citycare.platform.security.domain.PasswordRejectedException;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.audit.AuditTrail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moje konto: what a signed-in user does with their own account. Every method acts on the caller's
 * account, named by the container, never by a parameter: nobody reaches another person's account here.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HOTLINE_PSYCHOLOGIST, Role.Names.CENTRE_PSYCHOLOGIST,
        Role.Names.HEALTH_COORDINATOR, Role.Names.TESTING_CLERK, Role.Names.PROCUREMENT_CLERK,
        Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class OwnAccount {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Credentials credentials;

    @Inject
    private AuditTrail auditTrail;

    /** The caller's account, or empty when the caller has no CityCare record (a run-as identity). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AccountProfile> profile() {
        return caller().map(a -> new AccountProfile(a.getUsername(), a.getDisplayName(), a.getRoles(),
                a.getPreferredLocale(), a.isDirectoryAccount(), a.isMustChangePassword(),
                a.getLastLoginAt().orElse(null)));
    }

    /** Remembers the caller's language for their next sign-in. */
    public void changeLanguage(String languageTag) {
        caller().ifPresent(account -> account.changePreferredLocale(languageTag));
    }

    /**
     * The caller changes their own password: the current one must be right and the new one must pass the
     * policy. Clears a forced change.
     *
     * @throws PasswordRejectedException with the reasons, and nothing changed
     */
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = caller().orElseThrow(() -> new PasswordRejectedException(Set.of(), true));
        if (!credentials.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordRejectedException(Set.of(), true);
        }
        var violations = PasswordPolicy.check(account.getUsername(), newPassword);
        if (credentials.matches(newPassword, account.getPasswordHash())) {
            violations.add(PasswordPolicy.Violation.SAME_AS_CURRENT);
        }
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations, false);
        }
        auditTrail.because("password changed by its owner");
        account.changePassword(credentials.hash(newPassword), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The caller's own latest sign-in attempts, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignInAttempt> recentSignIns(int limit) {
        return em.createQuery("SELECT s FROM SignInAttempt s WHERE s.username = :username "
                        + "ORDER BY s.occurredAt DESC, s.id DESC", SignInAttempt.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .setMaxResults(limit)
                .getResultList();
    }

    private Optional<UserAccount> caller() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(session.getCallerPrincipal().getName()))
                .getResultStream().findFirst();
    }
}
