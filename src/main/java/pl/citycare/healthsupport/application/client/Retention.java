package pl.citycare.healthsupport.application.client;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.client.Referral;
import pl.citycare.healthsupport.domain.client.SessionNote;
import pl.citycare.healthsupport.domain.hotline.HotlineCall;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Okres przechowywania: a configurable time after the last contact (default 5 years), a client's name,
 * phone and session notes are removed, referrals lose their free text, and old hotline calls lose their
 * summary and contact details, unless a legal hold keeps the client. What statistics count stays. The
 * trail never held the removed text (only that it existed), so nothing of it survives there, and the
 * chain is untouched: removals are new events, not edits of old ones.
 */
@Stateless
@RolesAllowed(Role.Names.HEALTH_COORDINATOR)
public class Retention {

    /** Records per transaction; a run repeats batches until nothing is due. */
    public static final int BATCH = 200;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** Batches the nightly run does at most (it continues the next night). */
    static final int NIGHTLY_BATCHES = 25;
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    @ConfigProperty(name = "citycare.health.retention-years", defaultValue = "5")
    private int years;

    @Inject
    @ConfigProperty(name = "citycare.health.retention-nightly", defaultValue = "true")
    private boolean nightly;

    /** A client the next run would anonymise. */
    public record DueClient(String code, String centreCode, LocalDate lastContactOn, long notes, long referrals,
                            boolean nameOrPhoneHeld) {
    }

    /** A client kept past the period by a legal hold. */
    public record HeldClient(String code, String centreCode, LocalDate lastContactOn, String reason) {
    }

    /** What the next run would do (the dry run), and what legal holds keep. */
    public record RetentionReport(int years, LocalDate cutoff, List<DueClient> due, long callsDue, List<HeldClient> held) {
    }

    /** What one batch did. */
    public record BatchResult(int clients, int notes, int calls) {

        public boolean nothing() {
            return clients == 0 && calls == 0;
        }
    }

    public RetentionReport dryRun() {
        LocalDate cutoff = cutoff();
        List<DueClient> due = dueClients(cutoff, Integer.MAX_VALUE).stream().map(c -> new DueClient(c.getCode(),
                c.getCentreCode(), c.getLastContactOn(), count("SessionNote", c), count("Referral", c),
                c.getNameSealed().isPresent() || c.getPhoneSealed().isPresent())).toList();
        long calls = em.createQuery("SELECT COUNT(c) FROM HotlineCall c WHERE c.startedAt < :cutoff AND "
                        + "(c.summary IS NOT NULL OR c.callerPhone IS NOT NULL OR c.callerFirstName IS NOT NULL)", Long.class)
                .setParameter("cutoff", startOf(cutoff)).getSingleResult();
        List<HeldClient> held = em.createQuery("SELECT c FROM Client c WHERE c.legalHoldReason IS NOT NULL "
                        + "ORDER BY c.lastContactOn, c.code", Client.class).getResultStream()
                .map(c -> new HeldClient(c.getCode(), c.getCentreCode(), c.getLastContactOn(),
                        c.getLegalHoldReason().orElseThrow())).toList();
        return new RetentionReport(years, cutoff, due, calls, held);
    }

    /** One batch of the run, in this transaction; call again until {@link BatchResult#nothing()}. */
    public BatchResult runBatch() {
        LocalDate cutoff = cutoff();
        LocalDate today = LocalDate.now(LocaleBean.DISPLAY_ZONE);
        int notes = 0;
        List<Client> clients = dueClients(cutoff, BATCH);
        for (Client client : clients) {
            for (SessionNote note : em.createQuery("SELECT n FROM SessionNote n WHERE n.clientId = :client",
                    SessionNote.class).setParameter("client", client.getId()).getResultList()) {
                em.remove(note);
                notes++;
            }
            em.createQuery("SELECT r FROM Referral r WHERE r.clientId = :client", Referral.class)
                    .setParameter("client", client.getId()).getResultStream().forEach(Referral::anonymise);
            client.anonymise(today);
        }
        List<HotlineCall> calls = em.createQuery("SELECT c FROM HotlineCall c WHERE c.startedAt < :cutoff AND "
                        + "(c.summary IS NOT NULL OR c.callerPhone IS NOT NULL OR c.callerFirstName IS NOT NULL) ORDER BY c.id",
                        HotlineCall.class)
                .setParameter("cutoff", startOf(cutoff)).setMaxResults(BATCH).getResultList();
        calls.forEach(HotlineCall::anonymise);
        return new BatchResult(clients.size(), notes, calls.size());
    }

    /**
     * The nightly run at 02:30, Europe/Warsaw. Several instances may run it at once: a batch touches only
     * what is still due. Off with {@code CITYCARE_HEALTH_RETENTION_NIGHTLY=false}.
     */
    @Schedule(hour = "2", minute = "30", timezone = "Europe/Warsaw", persistent = false)
    @PermitAll // a timeout callback: only the container's timer calls it, with no caller to check
    public void nightly() {
        if (!nightly) {
            return;
        }
        int clients = 0;
        int notes = 0;
        int calls = 0;
        for (int i = 0; i < NIGHTLY_BATCHES; i++) {
            BatchResult batch = runBatch();
            if (batch.nothing()) {
                break;
            }
            clients += batch.clients();
            notes += batch.notes();
            calls += batch.calls();
        }
        String summary = clients + " clients anonymised, " + notes + " notes removed, " + calls + " calls cleared";
        LOG.info(() -> "Retention: " + summary);
    }

    /** Keeps a client past the retention period for the reason given (not a person's name). */
    public void hold(String clientCode, String reason) {
        try {
            client(clientCode).holdForLegalReason(reason);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
    }

    public void liftHold(String clientCode) {
        client(clientCode).liftLegalHold();
    }

    private Client client(String code) {
        List<Client> found = code == null ? List.of() : em.createQuery("SELECT c FROM Client c WHERE c.code = :code",
                Client.class).setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new Rejected("code", "health.noteReads.unknownClient");
        }
        return found.get(0);
    }

    private List<Client> dueClients(LocalDate cutoff, int limit) {
        return em.createQuery("SELECT c FROM Client c WHERE c.lastContactOn < :cutoff AND c.anonymisedOn IS NULL "
                        + "AND c.legalHoldReason IS NULL ORDER BY c.lastContactOn, c.id", Client.class)
                .setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
    }

    private long count(String entity, Client client) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.clientId = :client", Long.class)
                .setParameter("client", client.getId()).getSingleResult();
    }

    /** Data last touched before this day is due. */
    LocalDate cutoff() {
        return LocalDate.now(LocaleBean.DISPLAY_ZONE).minusYears(years);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
    }
}
