package pl.citycare.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The application's container-managed entity manager, for in-container tests (test interfaces cannot inject). */
@ApplicationScoped
public class EntityManagerHolder {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    public EntityManager em() {
        return em;
    }
}
