package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.domain.document.DocumentStatus;
import pl.citycare.testing.domain.document.ResultDocument;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.sample.TestType;
import pl.citycare.testing.domain.slot.BookingStatus;
import pl.citycare.testing.domain.slot.Slot;
import pl.citycare.testing.domain.worker.Worker;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Próbki i wyniki: the testing clerk registers the sample taken from a booked worker and enters the lab's
 * answer by hand or corrects it with a reason. A result is health data: opening a sample or a worker's
 * results writes a read event to the audit trail, and lists show only whether a sample is answered.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class Samples {

    /** The list's sortable columns and the attributes they sort by. */
    public static final Map<String, String> SORTABLE = Map.of("collectedAt", "collectedAt", "barcode", "barcode",
            "worker", "worker.surname", "site", "slot.site.name");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail auditTrail;

    /** What the clerk types when a sample is taken; {@code collectedAt} null means now. */
    public record Registration(String passport, String barcode, TestType testType, Instant collectedAt, String collectedBy,
                               String lab) implements Serializable {
    }

    /** A sample in a list: no result, only whether there is one. */
    public record SampleRow(long id, String barcode, long workerId, String workerName, String passport, String siteName,
                            TestType testType, Instant collectedAt, boolean answered) implements Serializable {

        static SampleRow of(Sample s) {
            var w = s.getWorker().details();
            return new SampleRow(s.getId(), s.getBarcode(), s.getWorker().getId(), w.surname() + " " + w.givenNames(),
                    w.passport(), s.getSlot().getSite().getName(), s.getTestType(), s.getCollectedAt(),
                    s.getResult() != TestResult.PENDING);
        }
    }

    /** A sample with its result (health data: reading one is audited). */
    public record SampleView(long id, long version, String barcode, long workerId, String workerName, String passport,
                             String employerName, long slotId, long siteId, String siteName, TestType testType,
                             Instant collectedAt, String collectedBy, String lab, TestResult result, Instant resultAt,
                             Sample.Source resultSource, String resultBy, LocalDate isolationUntil) implements Serializable {

        static SampleView of(Sample s) {
            var w = s.getWorker().details();
            return new SampleView(s.getId(), s.getVersion(), s.getBarcode(), s.getWorker().getId(),
                    w.surname() + " " + w.givenNames(), w.passport(), s.getWorker().getEmployer().getName(),
                    s.getSlot().getId(), s.getSlot().getSite().getId(), s.getSlot().getSite().getName(), s.getTestType(),
                    s.getCollectedAt(), s.getCollectedBy(), s.getLab(), s.getResult(), s.getResultAt(),
                    s.getResultSource(), s.getResultBy(),
                    s.getResult() == TestResult.POSITIVE ? PositiveResults.isolationUntil(s) : null);
        }
    }

    /** The samples list's filter: barcode, passport or name; answered or not (null: both); site. */
    public record SampleFilter(String text, Boolean answered, Long siteId) implements Serializable {
    }

    /** Where a retest can go: the next slot with a free place at the same site. */
    public record RetestSlot(long slotId, Instant startsAt, int free) implements Serializable {
    }

    /** Raised for a barcode already on another sample. */
    public static class DuplicateBarcode extends Rejected {

        private final long existingId;

        public DuplicateBarcode(long existingId) {
            super("barcode", "testing.sample.rule.duplicateBarcode");
            this.existingId = existingId;
        }

        public long existingId() {
            return existingId;
        }
    }

    /**
     * Registers the sample of the worker with this passport, booked into this slot.
     *
     * @throws DuplicateBarcode when the barcode is on another sample
     * @throws Rejected         for a worker not booked here, one with a pending sample here, or a field that
     *                          breaks a rule
     */
    public SampleView register(long slotId, Registration registration) {
        Slot slot = em.find(Slot.class, slotId);
        if (slot == null) {
            throw new Rejected("passport", "testing.slots.rule.unknown");
        }
        Worker worker = em.createQuery("SELECT b.worker FROM Booking b WHERE b.slot = :slot AND b.status = :booked"
                        + " AND b.worker.passport = :passport", Worker.class)
                .setParameter("slot", slot).setParameter("booked", BookingStatus.BOOKED)
                .setParameter("passport", Worker.normalisedPassport(registration.passport()))
                .getResultStream().findFirst()
                .orElseThrow(() -> new Rejected("passport", "testing.sample.rule.notBooked"));
        if (em.createQuery("SELECT COUNT(s) FROM Sample s WHERE s.worker = :worker AND s.slot = :slot AND s.result = :pending", Long.class)
                .setParameter("worker", worker).setParameter("slot", slot).setParameter("pending", TestResult.PENDING)
                .getSingleResult() > 0) {
            throw new Rejected("passport", "testing.sample.rule.pendingHere");
        }
        String barcode = Sample.normalisedBarcode(registration.barcode());
        em.createQuery("SELECT s.id FROM Sample s WHERE s.barcode = :barcode", Long.class).setParameter("barcode", barcode)
                .getResultStream().findFirst().ifPresent(existing -> {
                    throw new DuplicateBarcode(existing);
                });
        Instant now = now();
        Sample sample;
        try {
            sample = new Sample(barcode, worker, slot, registration.testType(),
                    registration.collectedAt() == null ? now : registration.collectedAt(), registration.collectedBy(),
                    registration.lab(), now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(sample);
        em.flush();
        return SampleView.of(sample);
    }

    /** One page of the samples the filter selects, newest collection first unless sorted otherwise. */
    public List<SampleRow> search(SampleFilter filter, List<Sort> order, int first, int max) {
        var sorts = new ArrayList<>(order.isEmpty() ? List.of(Sort.desc("collectedAt")) : order);
        sorts.add(Sort.desc("id"));
        return list(filter).sortedBy(sorts.toArray(Sort[]::new)).page(first, max).stream().map(SampleRow::of).toList();
    }

    public long count(SampleFilter filter) {
        return list(filter).countUpTo(ListQuery.COUNT_LIMIT);
    }

    private ListQuery<Sample> list(SampleFilter filter) {
        List<String> texts = Workers.searchVariants(filter.text());
        return ListQuery.of(em, Sample.class)
                // The workers that match are found first (a subquery the database runs once), so the samples are read
                // in the list's order and the first page stops at its 20th match, instead of joining every sample to
                // its worker to test the text (issue 11: 1.2 s on a million samples).
                .whereIf(!texts.isEmpty(), (cb, root, query) -> {
                    var workers = query.subquery(Long.class);
                    var worker = workers.from(Worker.class);
                    workers.select(worker.get("id")).where(ListQuery.anyContains(cb, texts, worker.get("passport"), worker.get("searchName")));
                    return cb.or(ListQuery.anyContains(cb, texts, root.get("barcode")), root.get("workerId").in(workers));
                })
                .whereIf(filter.answered() != null, (cb, root) -> filter.answered()
                        ? cb.notEqual(root.get("result"), TestResult.PENDING) : cb.equal(root.get("result"), TestResult.PENDING))
                .whereIf(filter.siteId() != null, (cb, root) -> cb.equal(root.get("slot").get("site").get("id"), filter.siteId()));
    }

    /** The sample with its result; the read goes to the audit trail. */
    public Optional<SampleView> sample(long id) {
        Sample sample = em.find(Sample.class, id);
        if (sample == null) {
            return Optional.empty();
        }
        auditTrail.recordRead("Sample", String.valueOf(id));
        return Optional.of(SampleView.of(sample));
    }

    /** Every sample of the worker with its result, newest first; the read goes to the audit trail. */
    public List<SampleView> resultsOf(long workerId) {
        auditTrail.recordRead("WorkerResults", String.valueOf(workerId));
        return em.createQuery("SELECT s FROM Sample s WHERE s.worker.id = :worker ORDER BY s.collectedAt DESC, s.id DESC",
                Sample.class).setParameter("worker", workerId).getResultStream().map(SampleView::of).toList();
    }

    /**
     * The lab's answer, entered by hand.
     *
     * @throws Rejected                for an answered sample, "pending", or a time out of range
     * @throws OptimisticLockException when the sample changed since {@code expectedVersion}
     */
    public SampleView recordResult(long id, long expectedVersion, TestResult result, Instant at) {
        Sample sample = current(id, expectedVersion);
        try {
            sample.recordResult(result, at, Sample.Source.HAND, me(), now());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        PositiveResults.afterAnswer(em, sample, now());
        em.flush();
        return SampleView.of(sample);
    }

    /**
     * A corrected answer, with the reason in the audit trail; documents issued for the old answer are revoked.
     *
     * @throws Rejected                for a blank reason, a pending sample, the same answer or a time out of range
     * @throws OptimisticLockException when the sample changed since {@code expectedVersion}
     */
    public SampleView correctResult(long id, long expectedVersion, TestResult result, Instant at, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > Sample.TEXT_MAX) {
            throw new Rejected("reason", "testing.sample.rule.reason");
        }
        Sample sample = current(id, expectedVersion);
        try {
            sample.correctResult(result, at, me(), now());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        auditTrail.because(reason.strip());
        // A document that states the old result must not be trusted any more.
        Instant revokedAt = now();
        em.createQuery("SELECT d FROM ResultDocument d WHERE d.sample = :sample AND d.status = :valid", ResultDocument.class)
                .setParameter("sample", sample).setParameter("valid", DocumentStatus.VALID).getResultList()
                .forEach(document -> document.revoke(revokedAt));
        PositiveResults.afterAnswer(em, sample, revokedAt);
        em.flush();
        return SampleView.of(sample);
    }

    /** For an inconclusive or invalid result: the next slot with a free place at the same site, after the sample's own. */
    public Optional<RetestSlot> retestSlot(long sampleId) {
        Sample sample = em.find(Sample.class, sampleId);
        if (sample == null || !sample.getResult().needsRetest()) {
            return Optional.empty();
        }
        Instant after = sample.getSlot().getEndsAt().isAfter(now()) ? sample.getSlot().getEndsAt() : now();
        return em.createQuery("SELECT s FROM Slot s WHERE s.site = :site AND s.startsAt >= :after AND s.booked < s.capacity"
                        + " ORDER BY s.startsAt", Slot.class)
                .setParameter("site", sample.getSlot().getSite()).setParameter("after", after).setMaxResults(1)
                .getResultStream().findFirst().map(s -> new RetestSlot(s.getId(), s.getStartsAt(), s.free()));
    }

    private Sample current(long id, long expectedVersion) {
        Sample sample = em.find(Sample.class, id);
        if (sample == null) {
            throw new Rejected("result", "testing.sample.rule.unknown");
        }
        if (sample.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Sample " + id + " changed since it was read");
        }
        return sample;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
