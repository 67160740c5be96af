package pl.citycare.healthsupport.application.client;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.client.ClientFacts;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.platform.crypto.FieldCipher;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Przyjęcie i kartoteka klientów: a centre psychologist registers clients of their own centre(s) and
 * reads them back. Nobody else reads client records here, and a psychologist never sees another centre's
 * clients. Reading a client's name and phone is recorded in the audit trail.
 */
@Stateless
@RolesAllowed(Role.Names.CENTRE_PSYCHOLOGIST)
public class Clients {

    /** At most this many rows in a list; a code typed into the filter finds any other. */
    public static final int LIST_LIMIT = 200;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private FieldCipher cipher;

    @Inject
    private AuditTrail auditTrail;

    /** A centre the caller works at. */
    public record CentreRef(String code, String name) {
    }

    /** A client in a list: the code and intake facts, never the name. */
    public record ClientRow(String code, String centreCode, LocalDate registeredOn, Set<TargetGroup> targetGroups,
                            AgeBand ageBand, District district) {

        static ClientRow of(Client c) {
            return new ClientRow(c.getCode(), c.getCentreCode(), c.getRegisteredOn(), c.getTargetGroups(),
                    c.getAgeBand(), c.getDistrict().orElse(null));
        }
    }

    /** One client, with the name and phone opened. */
    public record ClientRecord(String code, String centreCode, LocalDate registeredOn, String registeredBy,
                               LocalDate lastContactOn, ClientFacts facts, long version) {
    }

    /** The open centres the caller is assigned to, by code. */
    public List<CentreRef> myCentres() {
        return em.createQuery("SELECT c FROM Centre c WHERE :me MEMBER OF c.psychologists AND c.active = TRUE "
                        + "ORDER BY c.code", Centre.class)
                .setParameter("me", me()).getResultStream()
                .map(c -> new CentreRef(c.getCode(), c.getName())).toList();
    }

    /**
     * Registers a client at one of the caller's centres under the next number of the centre's year.
     *
     * @return the new client's code, to be given to the client
     * @throws Rejected naming the field and the rule broken
     */
    public String register(String centreCode, ClientFacts facts) {
        Centre centre = myCentre(centreCode);
        // The lock on the centre's row makes registrations at one centre take turns for their numbers;
        // the unique constraint on (centre, year, number) backs it up.
        em.lock(centre, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(LocaleBean.DISPLAY_ZONE);
        Integer last = em.createQuery("SELECT MAX(c.codeNumber) FROM Client c WHERE c.centreCode = :centre "
                        + "AND c.codeYear = :year", Integer.class)
                .setParameter("centre", centre.getCode()).setParameter("year", today.getYear()).getSingleResult();
        try {
            Client client = Client.register(centre.getCode(), last == null ? 1 : last + 1, me(), facts, today,
                    cipher::seal);
            em.persist(client);
            em.flush();
            return client.getCode();
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
    }

    /** Clients of one of the caller's centres, newest first; {@code codeFragment} narrows by code. */
    public List<ClientRow> clients(String centreCode, String codeFragment) {
        Centre centre = myCentre(centreCode);
        return ListQuery.of(em, Client.class).equalIfPresent("centreCode", centre.getCode())
                .containsIgnoringCase(codeFragment, "code")
                .sortedBy(Sort.desc("registeredOn"), Sort.desc("id"))
                .page(0, LIST_LIMIT).stream().map(ClientRow::of).toList();
    }

    /**
     * One client of the caller's centres, name and phone opened; the read is audited.
     *
     * @throws ClientNotFound also for a client of a centre the caller does not work at
     */
    public ClientRecord client(String code) {
        Client client = mine(code);
        auditTrail.recordRead("Client", String.valueOf(client.getId()));
        return recordOf(client);
    }

    /**
     * Changes intake details as the psychologist last saw them.
     *
     * @throws Rejected          naming the field and the rule broken
     * @throws OptimisticLockException when the client changed since {@code expectedVersion}
     */
    public ClientRecord update(String code, long expectedVersion, ClientFacts facts) {
        Client client = mine(code);
        if (client.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Client " + code + " changed since it was read");
        }
        try {
            client.describe(facts, LocalDate.now(LocaleBean.DISPLAY_ZONE), cipher::seal);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return recordOf(client);
    }

    private ClientRecord recordOf(Client c) {
        var facts = new ClientFacts(c.getTargetGroups(), c.getAgeBand(), c.getDistrict().orElse(null),
                c.getConsentGivenOn(), cipher.open(c.getNameSealed().orElse(null), Client.NAME_PURPOSE),
                cipher.open(c.getPhoneSealed().orElse(null), Client.PHONE_PURPOSE));
        return new ClientRecord(c.getCode(), c.getCentreCode(), c.getRegisteredOn(), c.getRegisteredBy(),
                c.getLastContactOn(), facts, c.getVersion());
    }

    private Client mine(String code) {
        return CentreWall.clientOf(em, me(), code);
    }

    private Centre myCentre(String centreCode) {
        return CentreWall.centreOf(em, me(), centreCode);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
