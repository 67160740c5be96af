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
        // Filtered here, not in JPQL: EclipseLink's H2 platform writes booleans as 0/1 (see docs/architecture.md).
        return em.createQuery("SELECT c FROM Centre c ORDER BY c.code", Centre.class)
                .getResultStream()
                .filter(Centre::isActive)
                .map(c -> new CentreOption(c.getCode(), c.getCode() + " · " + c.getName()))
                .toList();
    }
}
