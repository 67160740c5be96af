package pl.citycare.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import pl.citycare.platform.security.application.Credentials;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Dane demonstracyjne: the demo users, one per role, created only when {@code citycare.demo-data=true}
 * ({@code ./mvnw -Prun} and the test suites turn it on; production leaves it off).
 * Idempotent: a restart on the same database creates nothing twice.
 */
@ApplicationScoped
public class DemoUsers implements DemoDataSet {

    /** The demo password of every demo user (printed in the README; never a production account). */
    public static final String DEMO_PASSWORD = "CityCare-demo-2026";

    /** One demo user per role: username, display name, role. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Adam Nowak", Role.ADMIN),
            new DemoUser("hotline", "Helena Wiśniewska", Role.HOTLINE_PSYCHOLOGIST),
            new DemoUser("centre", "Celina Wójcik", Role.CENTRE_PSYCHOLOGIST),
            new DemoUser("coordinator", "Konrad Kamiński", Role.HEALTH_COORDINATOR),
            new DemoUser("testing", "Tamara Lewandowska", Role.TESTING_CLERK),
            new DemoUser("buyer", "Bartosz Zieliński", Role.PROCUREMENT_CLERK),
            new DemoUser("approver", "Anna Szymańska", Role.PROCUREMENT_APPROVER),
            new DemoUser("auditor", "Aleksander Dąbrowski", Role.AUDITOR));

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private Credentials credentials;

    @Override
    public int order() {
        return PLATFORM;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    @Transactional
    public void load() {
        int created = 0;
        for (DemoUser user : USERS) {
            boolean missing = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", user.username()).getResultList().isEmpty();
            if (missing) {
                em.persist(new UserAccount(user.username(), user.displayName(), credentials.hash(DEMO_PASSWORD),
                        Set.of(user.role()), Instant.now().truncatedTo(ChronoUnit.MICROS)));
                created++;
            }
        }
        int count = created;
        LOG.info(() -> "Demo data on: " + count + " demo users created, password in README");
    }

    public record DemoUser(String username, String displayName, Role role) {
    }
}
