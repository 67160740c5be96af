package pl.citycare.healthsupport.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.client.ClientFacts;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.platform.crypto.FieldCipher;
import pl.citycare.platform.demo.DemoDataSet;
import pl.citycare.platform.i18n.LocaleBean;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The four demo centres (fictional addresses), the demo centre psychologist at the first of them, and
 * three fictional clients there (one with a name and phone, sealed like real ones); loaded only when {@code citycare.demo-data=true}.
 */
@ApplicationScoped
public class HealthSupportDemoData implements DemoDataSet {

    /** One demo centre. */
    private record DemoCentre(String code, String name, String address, District district, String phone,
                              String openingHours) {
    }

    private static final List<DemoCentre> CENTRES = List.of(
            new DemoCentre("CPPP1", "Centrum Pierwszej Pomocy Psychologicznej nr 1", "ul. Przykładowa 1, 31-001 Kraków",
                    District.STARE_MIASTO, "+48 12 000 00 01", "pon.–pt. 8:00–20:00"),
            new DemoCentre("CPPP2", "Centrum Pierwszej Pomocy Psychologicznej nr 2", "ul. Przykładowa 2, 30-001 Kraków",
                    District.KROWODRZA, "+48 12 000 00 02", "pon.–pt. 8:00–20:00"),
            new DemoCentre("CPPP3", "Centrum Pierwszej Pomocy Psychologicznej nr 3", "os. Przykładowe 3, 31-901 Kraków",
                    District.NOWA_HUTA, "+48 12 000 00 03", "pon.–sob. 10:00–18:00"),
            new DemoCentre("CPPP4", "Centrum Pierwszej Pomocy Psychologicznej nr 4", "ul. Przykładowa 4, 30-501 Kraków",
                    District.PODGORZE, "+48 12 000 00 04", "pon.–pt. 12:00–20:00"));

    /** The platform's demo user with the centre psychologist role. */
    static final String DEMO_PSYCHOLOGIST = "centre";

    /** Fictional clients of the first centre. */
    private static final List<ClientFacts> CLIENTS = List.of(
            new ClientFacts(Set.of(TargetGroup.DOMESTIC_VIOLENCE, TargetGroup.FAMILY_CONFLICT), AgeBand.FROM_26_TO_40,
                    District.PODGORZE, null, "Anna (przykład)", "+48 600 000 001"),
            new ClientFacts(Set.of(TargetGroup.YOUTH_ISOLATION), AgeBand.FROM_13_TO_17, District.BRONOWICE, null, null, null),
            new ClientFacts(Set.of(TargetGroup.ADDICTION), AgeBand.FROM_41_TO_60, null, null, null, null));

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Inject
    private FieldCipher cipher;

    @Override
    public int order() {
        return HEALTH_SUPPORT;
    }

    @Override
    public String name() {
        return "health support";
    }

    @Override
    @Transactional
    public void load() {
        for (DemoCentre c : CENTRES) {
            if (em.find(Centre.class, c.code()) == null) {
                em.persist(new Centre(c.code(), c.name(), c.address(), c.district(), c.phone(), c.openingHours()));
            }
        }
        // The demo centre psychologist (a platform demo user, loaded before this set) works at centre 1.
        Centre first = em.find(Centre.class, CENTRES.get(0).code());
        if (first.getPsychologists().isEmpty()) {
            first.assignPsychologists(Set.of(DEMO_PSYCHOLOGIST));
        }
        boolean noClients = em.createQuery("SELECT COUNT(c) FROM Client c WHERE c.centreCode = :centre", Long.class)
                .setParameter("centre", first.getCode()).getSingleResult() == 0;
        if (noClients) {
            LocalDate today = LocalDate.now(LocaleBean.DISPLAY_ZONE);
            for (int i = 0; i < CLIENTS.size(); i++) {
                ClientFacts c = CLIENTS.get(i);
                var facts = new ClientFacts(c.targetGroups(), c.ageBand(), c.district(), today, c.name(), c.phone());
                em.persist(Client.register(first.getCode(), i + 1, DEMO_PSYCHOLOGIST, facts, today, cipher::seal));
            }
        }
    }
}
