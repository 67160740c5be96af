package pl.citycare.platform.security.administration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;

import java.util.List;

/**
 * Kadra: who holds a role, for the contexts that assign people to their own things (e.g. centre
 * psychologists to centres). A published service: contexts get names, never accounts.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEALTH_COORDINATOR})
public class StaffDirectory {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** One person holding a role: the username other contexts refer to them by, and their name. */
    public record StaffMember(String username, String displayName) {
    }

    /** The active people holding the role, by name. */
    public List<StaffMember> withRole(Role role) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.active = true AND :role MEMBER OF u.roles "
                        + "ORDER BY u.displayName", UserAccount.class)
                .setParameter("role", role)
                .getResultStream()
                .map(u -> new StaffMember(u.getUsername(), u.getDisplayName()))
                .toList();
    }
}
