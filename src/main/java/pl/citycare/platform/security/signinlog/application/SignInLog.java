package pl.citycare.platform.security.signinlog.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.signin.application.SignInService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        var jpql = new StringBuilder("SELECT s FROM SignInAttempt s WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            // An unknown name is in the log as its pseudonym: search for that.
            jpql.append(" AND s.username = :username");
            params.put("username", signIn.nameInLog(filter.username()));
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
}
