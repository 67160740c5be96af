package pl.citycare.healthsupport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.platform.security.application.CentreDirectory;

import java.util.List;

/** The active centres, published to the platform so administrators can assign psychologists to them. */
@ApplicationScoped
public class CentreCatalogue implements CentreDirectory {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Override
    public List<CentreOption> centres() {
        return em.createQuery("SELECT c FROM Centre c WHERE c.active = TRUE ORDER BY c.code", Centre.class)
                .getResultStream()
                .map(c -> new CentreOption(c.getCode(), c.getCode() + " · " + c.getName()))
                .toList();
    }
}
