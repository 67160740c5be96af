package pl.citycare.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import pl.citycare.platform.security.application.Credentials;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Test deployments only (never in the application's WAR): makes a fresh account with the asked roles
 * for a browser test, so that no browser test depends on the state another one left behind. Answers
 * the new username. {@code POST /it-fixtures/users?roles=TESTING_CLERK,AUDITOR}
 */
@WebServlet("/it-fixtures/users")
public class UserFixtureServlet extends HttpServlet {

    /** The password of every fixture account. */
    public static final String PASSWORD = "Przegladarka-Testowa-2026";

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private Credentials credentials;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var roles = Arrays.stream(request.getParameter("roles").split(",")).map(Role::valueOf).collect(Collectors.toSet());
        String username = "bt-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            transaction.begin();
            em.persist(new UserAccount(username, "Test " + username, credentials.hash(PASSWORD), roles,
                    Instant.now().truncatedTo(ChronoUnit.MICROS)));
            transaction.commit();
        } catch (Exception e) {
            throw new IOException("Could not make the fixture account", e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(username);
    }
}
