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
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.client.ClientFacts;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.platform.crypto.FieldCipher;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Test deployments only: registers a client with a name at the given centre, as if one of its
 * psychologists had, so that a browser test can try to reach another centre's client. Answers the code.
 * {@code POST /it-fixtures/clients?centre=CPPP2&name=...}
 */
@WebServlet("/it-fixtures/clients")
public class ClientFixtureServlet extends HttpServlet {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private FieldCipher cipher;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String centre = request.getParameter("centre");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        Client client;
        try {
            transaction.begin();
            Integer last = em.createQuery("SELECT MAX(c.codeNumber) FROM Client c WHERE c.centreCode = :centre "
                    + "AND c.codeYear = :year", Integer.class).setParameter("centre", centre)
                    .setParameter("year", today.getYear()).getSingleResult();
            client = Client.register(centre, last == null ? 1 : last + 1, "fixture",
                    new ClientFacts(Set.of(TargetGroup.OTHER_CRISIS), AgeBand.UNKNOWN, null, today,
                            request.getParameter("name"), null), today, cipher::seal);
            em.persist(client);
            transaction.commit();
        } catch (Exception e) {
            throw new IOException("Could not make the fixture client", e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(client.getCode());
    }
}
