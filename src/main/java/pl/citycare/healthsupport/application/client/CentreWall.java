package pl.citycare.healthsupport.application.client;

import jakarta.persistence.EntityManager;
import pl.citycare.healthsupport.domain.client.Client;

import java.util.List;

/**
 * The wall between centres, in one place for every service that reaches a client: a psychologist reaches
 * the clients of the centres they are assigned to, and nobody else's.
 */
final class CentreWall {

    private CentreWall() {
    }

    /** @throws ClientNotFound also for a client of a centre the psychologist does not work at */
    static Client clientOf(EntityManager em, String psychologist, String code) {
        List<Client> found = code == null ? List.of() : em.createQuery("SELECT c FROM Client c WHERE c.code = :code "
                        + "AND c.centreCode IN (SELECT ce.code FROM Centre ce WHERE :me MEMBER OF ce.psychologists)",
                        Client.class)
                .setParameter("code", code.strip()).setParameter("me", psychologist).getResultList();
        if (found.isEmpty()) {
            throw new ClientNotFound();
        }
        return found.get(0);
    }
}
