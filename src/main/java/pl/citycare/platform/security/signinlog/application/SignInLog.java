package pl.citycare.platform.security.signinlog.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.signin.application.SignInService;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.util.List;

/** Dziennik logowań: every sign-in attempt, for the administrator. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SignInLog {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private SignInService signIn;

    /** The attempts that match the filter, newest first, at most {@code max}. */
    public List<SignInAttempt> search(SignInFilter filter, int max) {
        boolean byName = filter.username() != null && !filter.username().isBlank();
        // An unknown name is in the log as its pseudonym: search for that.
        String logName = byName ? signIn.nameInLog(filter.username()) : null;
        return ListQuery.of(em, SignInAttempt.class)
                .equalIfPresent("username", logName)
                .equalIfPresent("success", filter.success())
                .whereIf(filter.from() != null, (cb, s) -> cb.greaterThanOrEqualTo(s.get("occurredAt"), filter.from()))
                .whereIf(filter.to() != null, (cb, s) -> cb.lessThan(s.get("occurredAt"), filter.to()))
                .sortedBy(Sort.desc("occurredAt"), Sort.desc("id"))
                .page(0, max);
    }
}
