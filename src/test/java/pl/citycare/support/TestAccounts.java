package pl.citycare.support;

import pl.citycare.platform.security.application.Credentials;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts for in-container tests, made the way the demo data makes them (an entity with a PBKDF2 hash,
 * audited like any other): each test makes its own, under a unique name.
 */
public final class TestAccounts {

    /** The password of every account made here. */
    public static final String PASSWORD = "Some-long-password-1";

    private TestAccounts() {
    }

    /** A new active account named {@code prefix} plus a random part, with these roles. */
    public static String create(String prefix, Role... roles) throws Exception {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        String hash = Beans.get(Credentials.class).hash(PASSWORD);
        Beans.inTransaction(() -> {
            Beans.get(EntityManagerHolder.class).em().persist(new UserAccount(username, "Test " + username, hash,
                    Set.of(roles), Instant.now().truncatedTo(ChronoUnit.MICROS)));
            return null;
        });
        return username;
    }

    /** The account as stored now (read in a transaction of its own, so detached afterwards). */
    public static Optional<UserAccount> find(String username) throws Exception {
        return Beans.inTransaction(() -> Beans.get(EntityManagerHolder.class).em()
                .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst());
    }

    /** Changes the stored account inside the caller's transaction (joins it, or runs in one of its own). */
    public static void change(String username, java.util.function.Consumer<UserAccount> change) throws Exception {
        Beans.inTransaction(() -> {
            change.accept(Beans.get(EntityManagerHolder.class).em()
                    .createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", UserAccount.normalise(username))
                    .getSingleResult());
            return null;
        });
    }
}
