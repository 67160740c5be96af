package pl.citycare.healthsupport.application.client;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.client.Referral;
import pl.citycare.healthsupport.domain.client.ReferralKind;
import pl.citycare.healthsupport.domain.client.ReferralStatus;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Skierowania: the psychologists of a client's centre refer the client on and follow the referral. */
@Stateless
@RolesAllowed(Role.Names.CENTRE_PSYCHOLOGIST)
public class Referrals {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** A referral as the client's page shows it. */
    public record ReferralView(long id, long version, ReferralKind kind, String destination, ReferralStatus status,
                               LocalDate proposedOn, LocalDate statusChangedOn, LocalDate formCompletedOn,
                               LocalDate sentToTeamOn, String teamCaseReference) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.getId(), r.getVersion(), r.getKind(), r.getDestination().orElse(null), r.getStatus(),
                    r.getProposedOn(), r.getStatusChangedOn(), r.getFormCompletedOn().orElse(null),
                    r.getSentToTeamOn().orElse(null), r.getTeamCaseReference().orElse(null));
        }

        public List<ReferralStatus> nextStatuses() {
            return List.copyOf(status.next());
        }
    }

    /** @throws ClientNotFound for another centre's client; @throws Rejected naming the field */
    public ReferralView propose(String clientCode, ReferralKind kind, String destination, LocalDate proposedOn) {
        Client client = CentreWall.clientOf(em, me(), clientCode);
        Referral referral;
        try {
            referral = Referral.propose(client, kind, destination, proposedOn, me(), today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(referral);
        em.flush();
        return ReferralView.of(referral);
    }

    /** The client's referrals, newest first. */
    public List<ReferralView> referrals(String clientCode) {
        Client client = CentreWall.clientOf(em, me(), clientCode);
        return em.createQuery("SELECT r FROM Referral r WHERE r.clientId = :client ORDER BY r.proposedOn DESC, r.id DESC",
                        Referral.class)
                .setParameter("client", client.getId()).getResultStream().map(ReferralView::of).toList();
    }

    public ReferralView changeStatus(String clientCode, long id, long expectedVersion, ReferralStatus next, LocalDate on) {
        return change(clientCode, id, expectedVersion, r -> r.changeStatus(next, on, today()));
    }

    public ReferralView recordBlueCard(String clientCode, long id, long expectedVersion, LocalDate formCompleted,
                                       LocalDate sentToTeam, String caseReference) {
        return change(clientCode, id, expectedVersion, r -> r.recordBlueCard(formCompleted, sentToTeam, caseReference, today()));
    }

    private ReferralView change(String clientCode, long id, long expectedVersion, Consumer<Referral> change) {
        Client client = CentreWall.clientOf(em, me(), clientCode);
        Referral referral = em.find(Referral.class, id);
        if (referral == null || !referral.getClientId().equals(client.getId())) {
            throw new ClientNotFound();
        }
        if (referral.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Referral " + id + " changed since it was read");
        }
        try {
            change.accept(referral);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return ReferralView.of(referral);
    }

    private static LocalDate today() {
        return LocalDate.now(LocaleBean.DISPLAY_ZONE);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
