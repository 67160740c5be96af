package pl.citycare.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.support.Beans;
import pl.citycare.support.EntityManagerHolder;
import pl.citycare.support.TestAccounts;

import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boolean conditions go to the database as written, on H2 and on PostgreSQL alike (an earlier note said
 * EclipseLink 4.0 wrote them as {@code = 1} on H2; with EclipseLink 4.0.7 and H2 2.2 every form below
 * works, and this test keeps it so). Runs in {@code CityCareIT} on both databases.
 */
public interface BooleanQueryTests {

    @Test
    default void booleanConditionsSelectTheRightRowsInJpqlAndCriteria() throws Exception {
        String prefix = "bool-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        TestAccounts.create(prefix + "on-", Role.AUDITOR);
        String off = TestAccounts.create(prefix + "off-", Role.AUDITOR);
        TestAccounts.change(off, UserAccount::deactivate);
        EntityManager em = Beans.get(EntityManagerHolder.class).em();
        String like = prefix + "%";

        assertThat(count(() -> em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username LIKE :p "
                + "AND u.active = true", Long.class).setParameter("p", like).getSingleResult())).isEqualTo(1);
        assertThat(count(() -> em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username LIKE :p "
                + "AND u.active = FALSE", Long.class).setParameter("p", like).getSingleResult())).isEqualTo(1);
        assertThat(count(() -> em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username LIKE :p "
                        + "AND u.active = :active AND :role MEMBER OF u.roles", Long.class)
                .setParameter("p", like).setParameter("active", false).setParameter("role", Role.AUDITOR)
                .getSingleResult())).isEqualTo(1);
        for (boolean active : new boolean[]{true, false}) {
            assertThat(count(() -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<Long> q = cb.createQuery(Long.class);
                Root<UserAccount> u = q.from(UserAccount.class);
                return em.createQuery(q.select(cb.count(u)).where(cb.like(u.get("username"), like),
                        active ? cb.isTrue(u.get("active")) : cb.isFalse(u.get("active")))).getSingleResult();
            })).as("criteria, active = " + active).isEqualTo(1);
        }
    }

    private static long count(Callable<Long> query) throws Exception {
        return Beans.inTransaction(query);
    }
}
