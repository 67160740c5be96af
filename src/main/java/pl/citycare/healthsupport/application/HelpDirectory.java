package pl.citycare.healthsupport.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.healthsupport.domain.District;

import java.util.List;

/**
 * Informator dla mieszkańców: where residents get psychological help, for the city's help platform. Only
 * what residents are meant to read: the open centres and the hotline, no person and no client.
 */
@Stateless
@PermitAll // public information for residents: holds no personal data
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class HelpDirectory {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "citycare.hotline.phone")
    private String hotlinePhone;

    @Inject
    @ConfigProperty(name = "citycare.hotline.hours")
    private String hotlineHours;

    /** The hotline's number and hours. */
    public record Hotline(String phone, String hours) {
    }

    /** One open centre as residents read it. */
    public record HelpCentre(String code, String name, String address, District district, String phone,
                             String openingHours) {
    }

    /** The whole directory. */
    public record Listing(Hotline hotline, List<HelpCentre> centres) {
    }

    /** The hotline and every centre that takes clients now, by code. */
    public Listing listing() {
        List<HelpCentre> centres = em.createQuery("SELECT c FROM Centre c WHERE c.active = true ORDER BY c.code",
                        Centre.class).getResultStream()
                .map(c -> new HelpCentre(c.getCode(), c.getName(), c.getAddress(), c.getDistrict(), c.getPhone(),
                        c.getOpeningHours()))
                .toList();
        return new Listing(new Hotline(hotlinePhone, hotlineHours), centres);
    }
}
