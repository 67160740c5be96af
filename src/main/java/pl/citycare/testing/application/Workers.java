package pl.citycare.testing.application;

import jakarta.annotation.security.RolesAllowed;
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
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.worker.UkrainianLatin;
import pl.citycare.testing.domain.worker.Worker;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pracownicy sezonowi: the testing clerk registers and corrects workers and finds them by name in either
 * script, by passport or by employer. The passport identifies the person: a second registration with the
 * same passport points the clerk to the first.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class Workers {

    /** The list's sortable columns and the attributes they sort by. */
    public static final Map<String, String> SORTABLE = Map.of("surname", "surname", "birthDate", "birthDate",
            "passport", "passport", "employer", "employer.name", "language", "language");

    /** The most workers one export holds: more than any employer's list (the import takes 25,000 rows). */
    public static final int EXPORT_MAX = 50_000;

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Inject
    private AuditTrail auditTrail;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** What the workers list is filtered by: text (a name in either script, or a passport) and employer. */
    public record WorkerFilter(String text, Long employerId) implements Serializable {
    }

    /** A worker as lists and forms show it. */
    public record WorkerView(long id, long version, WorkerDetails details, String employerName, LocalDate anonymisedOn)
            implements Serializable {

        static WorkerView of(Worker w) {
            return new WorkerView(w.getId(), w.getVersion(), w.details(), w.getEmployer().getName(), w.getAnonymisedOn());
        }
    }

    /** Raised for a passport already registered: the existing worker's id, for the link in the message. */
    public static class DuplicatePassport extends Rejected {

        private final long existingId;

        public DuplicatePassport(long existingId) {
            super("passport", "testing.worker.rule.duplicatePassport");
            this.existingId = existingId;
        }

        public long existingId() {
            return existingId;
        }
    }

    /** One page of the workers the filter selects, in the order given (then by surname and id). */
    public List<WorkerView> search(WorkerFilter filter, List<Sort> order, int first, int max) {
        var sorts = new ArrayList<>(order);
        sorts.add(Sort.asc("surname"));
        sorts.add(Sort.asc("givenNames"));
        sorts.add(Sort.asc("id"));
        return list(filter).sortedBy(sorts.toArray(Sort[]::new)).page(first, max).stream().map(WorkerView::of).toList();
    }

    /**
     * Every worker the filter selects (at most {@value #EXPORT_MAX}), for the clerk's export; a read of many
     * people's personal data, so it is recorded in the audit trail.
     */
    public List<WorkerView> export(WorkerFilter filter) {
        auditTrail.recordRead("WorkerList", filter.employerId() == null ? "all" : String.valueOf(filter.employerId()));
        return search(filter, List.of(), 0, EXPORT_MAX);
    }

    public long count(WorkerFilter filter) {
        return list(filter).countUpTo(ListQuery.COUNT_LIMIT);
    }

    private ListQuery<Worker> list(WorkerFilter filter) {
        return ListQuery.of(em, Worker.class)
                .containsAny(searchVariants(filter.text()), "searchName", "passport")
                .whereIf(filter.employerId() != null, (cb, root) -> cb.equal(root.get("employer").get("id"), filter.employerId()));
    }

    /**
     * The forms of the typed text the search keys hold: in capitals, its transliteration when it is
     * Cyrillic (Шевченко → SHEVCHENKO), and as a passport number without spaces.
     */
    static List<String> searchVariants(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        var variants = new LinkedHashSet<String>();
        variants.add(upper);
        if (UkrainianLatin.hasCyrillic(upper)) {
            variants.add(UkrainianLatin.of(upper));
        }
        variants.add(Worker.normalisedPassport(upper));
        return List.copyOf(variants);
    }

    public Optional<WorkerView> worker(long id) {
        return Optional.ofNullable(em.find(Worker.class, id)).map(WorkerView::of);
    }

    /**
     * @throws Rejected          naming the field that breaks a rule
     * @throws DuplicatePassport when a worker with this passport exists
     */
    public WorkerView register(WorkerDetails details) {
        Worker worker;
        try {
            worker = Worker.register(details, employer(details.employerId()), today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        refuseDuplicate(worker.getPassport(), null);
        em.persist(worker);
        em.flush();
        return WorkerView.of(worker);
    }

    /**
     * @throws Rejected                naming the field that breaks a rule
     * @throws DuplicatePassport       when another worker has this passport
     * @throws OptimisticLockException when the worker changed since {@code expectedVersion}
     */
    public WorkerView update(long id, long expectedVersion, WorkerDetails details) {
        Worker worker = em.find(Worker.class, id);
        if (worker == null) {
            throw new Rejected("surname", "testing.worker.rule.unknown");
        }
        if (worker.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Worker " + id + " changed since it was read");
        }
        refuseDuplicate(Worker.normalisedPassport(details.passport()), id);
        try {
            worker.describe(details, employer(details.employerId()), today());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return WorkerView.of(worker);
    }

    private Employer employer(Long id) {
        return id == null ? null : em.find(Employer.class, id);
    }

    private LocalDate today() {
        return LocalDate.now(WARSAW);
    }

    private void refuseDuplicate(String passport, Long self) {
        if (passport == null) {
            return;
        }
        em.createQuery("SELECT w.id FROM Worker w WHERE w.passport = :passport", Long.class).setParameter("passport", passport)
                .getResultStream().filter(existing -> !existing.equals(self)).findFirst()
                .ifPresent(existing -> {
                    throw new DuplicatePassport(existing);
                });
    }
}
