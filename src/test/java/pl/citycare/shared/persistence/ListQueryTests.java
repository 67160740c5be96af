package pl.citycare.shared.persistence;

import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.support.Beans;
import pl.citycare.support.EntityManagerHolder;
import pl.citycare.support.TestAccounts;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared list query against the real database: filters only when given, sorted, paged and counted there. */
public interface ListQueryTests {

    private ListQuery<UserAccount> accounts() {
        return ListQuery.of(Beans.get(EntityManagerHolder.class).em(), UserAccount.class);
    }

    @Test
    default void filtersSortsPagesAndCountsInTheDatabase() throws Exception {
        String tag = "lq" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            TestAccounts.create(tag + "-" + i + "-", i % 2 == 0 ? Role.AUDITOR : Role.TESTING_CLERK);
        }

        List<String> page = Beans.inTransaction(() -> accounts().containsIgnoringCase(tag.toUpperCase(), "username")
                .sortedBy(Sort.desc("username")).page(1, 2)).stream().map(UserAccount::getUsername).toList();
        long auditors = Beans.inTransaction(() -> accounts().containsIgnoringCase(tag, "username", "displayName")
                .whereIf(true, (cb, u) -> cb.isMember(Role.AUDITOR, u.<java.util.Set<Role>>get("roles"))).count());
        long everyone = Beans.inTransaction(() -> accounts().containsIgnoringCase(tag, "username")
                .equalIfPresent("active", null).count());

        assertThat(page).hasSize(2).allMatch(u -> u.startsWith(tag + "-3-") || u.startsWith(tag + "-2-"));
        assertThat(page.get(0)).startsWith(tag + "-3-");
        assertThat(auditors).isEqualTo(3);
        assertThat(everyone).as("a null filter value filters nothing").isEqualTo(5);
        assertThat(Beans.inTransaction(() -> accounts().containsIgnoringCase(tag, "username").countUpTo(3)))
                .as("counted up to the limit only").isEqualTo(3);
        assertThat(Beans.inTransaction(() -> accounts().containsIgnoringCase(tag, "username").countUpTo(10)))
                .as("below the limit, exact").isEqualTo(5);
        assertThat(Beans.inTransaction(() -> accounts().containsIgnoringCase(tag, "username").countUpTo(5)))
                .as("exactly the limit").isEqualTo(5);
        assertThat(Beans.inTransaction(() -> accounts().containsIgnoringCase(tag, "username").countUpTo(6)))
                .as("one below the limit").isEqualTo(5);
    }

    @Test
    default void percentAndUnderscoreTypedByAClerkMatchThemselves() throws Exception {
        String tag = "lq" + UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.create(tag + "_x-", Role.AUDITOR);
        TestAccounts.create(tag + "ax-", Role.AUDITOR);

        assertThat(Beans.inTransaction(() -> accounts().containsIgnoringCase(tag + "_", "username").count())).isEqualTo(1);
        assertThat(Beans.inTransaction(() -> accounts().containsIgnoringCase(tag + "%", "username").count())).isZero();
    }
}
