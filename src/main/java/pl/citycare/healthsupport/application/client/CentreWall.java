package pl.citycare.healthsupport.application.client;

import jakarta.persistence.EntityManager;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.shared.application.Rejected;

import java.util.List;

/**
 * The wall between centres, in one place for every service that reaches a client: a psychologist reaches
 * the clients of the centres they are assigned to, and nobody else's.
 */
public final class CentreWall {

    private CentreWall() {
    }

    /**
     * One of the open centres the psychologist works at.
     *
     * @throws Rejected (field {@code centre}) for any other centre, closed or unknown
     */
    public static Centre centreOf(EntityManager em, String psychologist, String centreCode) {
        Centre centre = centreCode == null ? null : em.find(Centre.class, centreCode);
        if (centre == null || !centre.isActive() || !centre.getPsychologists().contains(psychologist)) {
            throw new Rejected("centre", "health.client.rule.notYourCentre");
        }
        return centre;
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
