package pl.citycare.testing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.testing.domain.lab.UnmatchedResult;
import pl.citycare.testing.domain.slot.BookingStatus;
import pl.citycare.testing.domain.worker.Worker;
import pl.citycare.testing.domain.workerimport.ImportStatus;
import pl.citycare.testing.domain.workerimport.WorkerImport;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Okres przechowywania w programie testów: a worker whose last test (or registration, if never tested) is
 * older than the period ({@code CITYCARE_TESTING_RETENTION_MONTHS}, default 24) and who is booked for nothing
 * since is anonymised ({@link Worker#anonymise}): the statistics keep their counts, the trail keeps its events
 * and its chain (the anonymisation is a new event, and the fingerprints in the old ones lose their key). The
 * lab's hints about people on old inbox items go too, and an uploaded list never imported is let go after a
 * day. The dry run says all this before anything happens; the nightly run does it in batches.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class TestingRetention {

    static final int DEFAULT_MONTHS = 24;
    /** Workers per transaction; a run repeats batches until nothing is due. */
    static final int BATCH = 200;
    static final int NIGHTLY_BATCHES = 50;
    static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(TestingRetention.class.getName());
    /** The dry run lists this many of the due workers by name of record; it counts them all. */
    static final int REPORT_MAX = 500;
    private static final String DUE = " FROM Worker w WHERE w.anonymisedOn IS NULL AND w.registeredOn < :cutoff"
            + " AND NOT EXISTS (SELECT s FROM Sample s WHERE s.worker = w AND s.collectedAt >= :since)"
            + " AND NOT EXISTS (SELECT b FROM Booking b WHERE b.worker = w AND b.status = :booked AND b.slot.startsAt >= :since)";

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** A worker the next run would anonymise: no name, only what the clerk needs to check the choice. */
    public record DueWorker(long id, String employerName, LocalDate registeredOn, LocalDate lastTestOn, long samples)
            implements Serializable {
    }

    /** What the next run would do. */
    public record RetentionReport(int months, LocalDate cutoff, long dueWorkers, List<DueWorker> workers, long inboxItems, long uploads)
            implements Serializable {

        public boolean nothing() {
            return dueWorkers == 0 && inboxItems == 0 && uploads == 0;
        }
    }

    /** What one batch did. */
    public record BatchResult(int workers, int inboxItems, int uploads) implements Serializable {

        public boolean nothing() {
            return workers == 0 && inboxItems == 0 && uploads == 0;
        }
    }

    public RetentionReport dryRun() {
        LocalDate cutoff = cutoff();
        long count = em.createQuery("SELECT COUNT(w)" + DUE, Long.class).setParameter("cutoff", cutoff).setParameter("since", startOf(cutoff))
                .setParameter("booked", BookingStatus.BOOKED).getSingleResult();
        List<DueWorker> due = due(cutoff, REPORT_MAX).stream().map(w -> {
            // Newest first rather than MAX: an aggregate would bypass the Instant converter on PostgreSQL.
            List<Instant> tests = em.createQuery("SELECT s.collectedAt FROM Sample s WHERE s.worker = :worker ORDER BY s.collectedAt DESC",
                    Instant.class).setParameter("worker", w).getResultList();
            LocalDate last = tests.isEmpty() ? null : tests.get(0).atZone(LocaleBean.DISPLAY_ZONE).toLocalDate();
            return new DueWorker(w.getId(), w.getEmployer().getName(), w.getRegisteredOn(), last, tests.size());
        }).toList();
        return new RetentionReport(months(), cutoff, count, due, inbox(cutoff, Integer.MAX_VALUE).size(), uploads(Integer.MAX_VALUE).size());
    }

    /** One batch, in this transaction; call again until {@link BatchResult#nothing()}. */
    public BatchResult runBatch() {
        LocalDate cutoff = cutoff();
        LocalDate today = LocalDate.now(LocaleBean.DISPLAY_ZONE);
        List<Worker> workers = due(cutoff, BATCH);
        workers.forEach(w -> w.anonymise(today));
        List<UnmatchedResult> inbox = inbox(cutoff, BATCH);
        inbox.forEach(UnmatchedResult::forgetHints);
        List<WorkerImport> uploads = uploads(BATCH);
        Instant now = Instant.now();
        uploads.forEach(u -> u.expire(now));
        em.flush();
        return new BatchResult(workers.size(), inbox.size(), uploads.size());
    }

    /**
     * The nightly run at 03:10, Europe/Warsaw. Several instances may run it at once: each batch takes only
     * what is still due. Off with {@code CITYCARE_TESTING_RETENTION_NIGHTLY=false}.
     */
    @Schedule(hour = "3", minute = "10", timezone = "Europe/Warsaw", persistent = false)
    @PermitAll // a timeout callback: only the container's timer calls it, with no caller to check
    public void nightly() {
        boolean on = ConfigProvider.getConfig().getOptionalValue("citycare.testing.retention-nightly", Boolean.class).orElse(true);
        if (!on) {
            return;
        }
        int workers = 0;
        int inbox = 0;
        int uploads = 0;
        for (int i = 0; i < NIGHTLY_BATCHES; i++) {
            BatchResult batch = runBatch();
            if (batch.nothing()) {
                break;
            }
            workers += batch.workers();
            inbox += batch.inboxItems();
            uploads += batch.uploads();
        }
        String summary = workers + " workers anonymised, " + inbox + " inbox items cleared, " + uploads + " uploads let go";
        LOG.info(() -> "Testing retention: " + summary);
    }

    private List<Worker> due(LocalDate cutoff, int limit) {
        return em.createQuery("SELECT w" + DUE + " ORDER BY w.registeredOn, w.id", Worker.class).setParameter("cutoff", cutoff).setParameter("since", startOf(cutoff))
                .setParameter("booked", BookingStatus.BOOKED).setMaxResults(limit).getResultList();
    }

    /** Handled inbox items received before the cutoff that still say something about a person. */
    private List<UnmatchedResult> inbox(LocalDate cutoff, int limit) {
        return em.createQuery("SELECT u FROM UnmatchedResult u WHERE u.receivedAt < :since AND u.status <> :open"
                        + " AND (u.hintPassport IS NOT NULL OR u.hintName IS NOT NULL OR u.hintBirthDate IS NOT NULL) ORDER BY u.id",
                        UnmatchedResult.class)
                .setParameter("since", startOf(cutoff)).setParameter("open", UnmatchedResult.Status.OPEN).setMaxResults(limit).getResultList();
    }

    private List<WorkerImport> uploads(int limit) {
        return em.createQuery("SELECT i FROM WorkerImport i WHERE i.status = :uploaded AND i.uploadedAt < :before ORDER BY i.id",
                        WorkerImport.class)
                .setParameter("uploaded", ImportStatus.UPLOADED).setParameter("before", Instant.now().minus(UPLOAD_KEPT))
                .setMaxResults(limit).getResultList();
    }

    static int months() {
        return ConfigProvider.getConfig().getOptionalValue("citycare.testing.retention-months", Integer.class)
                .filter(m -> m > 0 && m <= 120).orElse(DEFAULT_MONTHS);
    }

    /** Workers last tested (or registered) before this day are due. */
    static LocalDate cutoff() {
        return LocalDate.now(LocaleBean.DISPLAY_ZONE).minusMonths(months());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
    }
}
