package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.lab.UnmatchedResult;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.worker.Worker;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wyniki nieprzypisane: the inbox of lab results that fit no sample as they came. The testing clerk matches
 * each to a worker's pending sample (suggested by the passport, name and date of birth the lab sent, and by
 * barcodes that differ only at the end) or discards it with a reason.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class UnmatchedResults {

    static final int SUGGESTIONS_MAX = 20;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** An inbox item: what the lab sent (the result is health data, shown only on the inbox page). */
    public record UnmatchedView(long id, String barcode, TestResult result, Instant resultAt, String lab, Sample.Source source,
                                Instant receivedAt, UnmatchedResult.Reason reason, String passport, String name,
                                LocalDate birthDate) implements Serializable {

        static UnmatchedView of(UnmatchedResult u) {
            return new UnmatchedView(u.getId(), u.getBarcode(), u.getResult(), u.getResultAt(), u.getLab(), u.getSource(),
                    u.getReceivedAt(), u.getReason(), u.getHintPassport(), u.getHintName(), u.getHintBirthDate());
        }
    }

    /** A pending sample the result may belong to. */
    public record Suggestion(long sampleId, String barcode, String workerName, String passport, LocalDate birthDate,
                             Instant collectedAt) implements Serializable {
    }

    /** The open items, oldest first. */
    public List<UnmatchedView> open(int first, int max) {
        return em.createQuery("SELECT u FROM UnmatchedResult u WHERE u.status = :open ORDER BY u.receivedAt, u.id", UnmatchedResult.class)
                .setParameter("open", UnmatchedResult.Status.OPEN).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(UnmatchedView::of).toList();
    }

    public long countOpen() {
        return em.createQuery("SELECT COUNT(u) FROM UnmatchedResult u WHERE u.status = :open", Long.class)
                .setParameter("open", UnmatchedResult.Status.OPEN).getSingleResult();
    }

    /** Pending samples the item may belong to: same passport, name, date of birth, or a barcode alike but for its end. */
    public List<Suggestion> suggestions(long unmatchedId) {
        UnmatchedResult u = find(unmatchedId);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Sample.class);
        Root<Sample> s = query.from(Sample.class);
        var worker = s.join("worker");
        var any = new ArrayList<Predicate>();
        if (u.getHintPassport() != null) {
            any.add(cb.equal(worker.get("passport"), Worker.normalisedPassport(u.getHintPassport())));
        }
        if (u.getHintName() != null) {
            for (String variant : Workers.searchVariants(u.getHintName())) {
                any.add(cb.like(worker.get("searchName"), "%" + variant.replace("%", "").replace("_", "") + "%"));
            }
        }
        if (u.getHintBirthDate() != null) {
            any.add(cb.equal(worker.get("birthDate"), u.getHintBirthDate()));
        }
        if (u.getBarcode().length() > 4) {
            any.add(cb.like(s.get("barcode"), u.getBarcode().substring(0, u.getBarcode().length() - 2).toUpperCase(Locale.ROOT) + "%"));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        query.select(s).where(cb.equal(s.get("result"), TestResult.PENDING), cb.or(any.toArray(Predicate[]::new)))
                .orderBy(cb.desc(s.get("collectedAt")));
        return em.createQuery(query).setMaxResults(SUGGESTIONS_MAX).getResultStream().map(sample -> {
            var w = sample.getWorker().details();
            return new Suggestion(sample.getId(), sample.getBarcode(), w.surname() + " " + w.givenNames(), w.passport(),
                    w.birthDate(), sample.getCollectedAt());
        }).toList();
    }

    /**
     * Puts the item's result on the pending sample and closes the item.
     *
     * @throws Rejected when the item is handled, the sample is not pending, or the result time does not fit
     */
    public void match(long unmatchedId, long sampleId) {
        UnmatchedResult u = find(unmatchedId);
        Sample sample = em.find(Sample.class, sampleId);
        if (sample == null) {
            throw new Rejected("sample", "testing.sample.rule.unknown");
        }
        Instant now = now();
        try {
            sample.recordResult(u.getResult(), u.getResultAt(), u.getSource(), me(), now);
            u.matched(sampleId, me(), now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        PositiveResults.afterAnswer(em, sample, now);
        em.flush();
    }

    /** @throws Rejected when the item is handled already or the reason is blank */
    public void discard(long unmatchedId, String reason) {
        try {
            find(unmatchedId).discard(reason, me(), now());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
    }

    private UnmatchedResult find(long id) {
        UnmatchedResult u = em.find(UnmatchedResult.class, id);
        if (u == null) {
            throw new Rejected("unmatched", "testing.unmatched.rule.unknown");
        }
        return u;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
