package pl.citycare.testing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.identifiers.Nip;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.employer.EmployerDetails;
import pl.citycare.testing.domain.employer.WorkSite;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pracodawcy: the testing clerk registers the employers that send workers, corrects them and keeps their
 * work sites. One employer per NIP: a second registration points the clerk to the first.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class Employers {

    /** The list's sortable columns and the attributes they sort by. */
    public static final Map<String, String> SORTABLE = Map.of("name", "name", "nip", "nip");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** An employer's work site as pages show it. */
    public record SiteView(long id, String name, String address) implements Serializable {
    }

    /** An employer as lists and forms show it. */
    public record EmployerView(long id, long version, EmployerDetails details, List<SiteView> sites) implements Serializable {

        static EmployerView of(Employer e) {
            return new EmployerView(e.getId(), e.getVersion(), e.details(),
                    e.getSites().stream().map(s -> new SiteView(s.getId(), s.getName(), s.getAddress())).toList());
        }
    }

    /** An employer to pick in a form: id and name. */
    public record EmployerChoice(long id, String name) implements Serializable {
    }

    /** Raised for a NIP already registered: the existing employer's id, for the link in the message. */
    public static class DuplicateNip extends Rejected {

        private final long existingId;

        public DuplicateNip(long existingId) {
            super("nip", "testing.employer.rule.duplicateNip");
            this.existingId = existingId;
        }

        public long existingId() {
            return existingId;
        }
    }

    /** One page of the employers whose name, NIP or REGON contains {@code text}, in the order given (then by id). */
    public List<EmployerView> search(String text, List<Sort> order, int first, int max) {
        var sorts = new ArrayList<>(order.isEmpty() ? List.of(Sort.asc("name")) : order);
        sorts.add(Sort.asc("id"));
        return list(text).sortedBy(sorts.toArray(Sort[]::new)).page(first, max).stream().map(EmployerView::of).toList();
    }

    public long count(String text) {
        return list(text).count();
    }

    private ListQuery<Employer> list(String text) {
        // A NIP or REGON is typed with dashes or spaces; it is stored as digits only.
        String typed = text != null && text.matches("[\\d\\s-]+") ? text.replaceAll("[\\s-]", "") : text;
        return ListQuery.of(em, Employer.class).containsIgnoringCase(typed, "name", "nip", "regon");
    }

    /** Every employer by name, for the pick lists of forms (a season has tens of them, not thousands). */
    public List<EmployerChoice> choices() {
        return em.createQuery("SELECT e.id, e.name FROM Employer e ORDER BY e.name, e.id", Object[].class).getResultStream()
                .map(row -> new EmployerChoice((Long) row[0], (String) row[1])).toList();
    }

    /** Every work site as "employer: site", for the mobile test sites' pick list. */
    public List<EmployerChoice> workSiteChoices() {
        return em.createQuery("SELECT s.id, s.employer.name, s.name FROM WorkSite s ORDER BY s.employer.name, s.name, s.id",
                        Object[].class).getResultStream()
                .map(row -> new EmployerChoice((Long) row[0], row[1] + ": " + row[2])).toList();
    }

    public Optional<EmployerView> employer(long id) {
        return Optional.ofNullable(em.find(Employer.class, id)).map(EmployerView::of);
    }

    /**
     * @throws Rejected     naming the field that breaks a rule
     * @throws DuplicateNip when an employer with this NIP exists
     */
    public EmployerView register(EmployerDetails details) {
        Employer employer;
        try {
            employer = Employer.register(details);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        refuseDuplicate(employer.getNip(), null);
        em.persist(employer);
        em.flush();
        return EmployerView.of(employer);
    }

    /**
     * @throws Rejected                naming the field that breaks a rule
     * @throws OptimisticLockException when the employer changed since {@code expectedVersion}
     */
    public EmployerView update(long id, long expectedVersion, EmployerDetails details) {
        Employer employer = current(id, expectedVersion);
        if (details.nip() != null && Nip.isValid(details.nip())) {
            refuseDuplicate(Nip.of(details.nip()).value(), id);
        }
        try {
            employer.describe(details);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return EmployerView.of(employer);
    }

    /** @throws Rejected for a blank or repeated site name or a blank address */
    public EmployerView addSite(long employerId, String name, String address) {
        Employer employer = find(employerId);
        WorkSite site;
        try {
            site = employer.addSite(name, address);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(site);
        em.flush();
        return EmployerView.of(employer);
    }

    /** @throws Rejected when a mobile test site goes to this work site */
    public EmployerView removeSite(long employerId, long siteId) {
        Employer employer = find(employerId);
        if (em.createQuery("SELECT COUNT(t) FROM TestSite t WHERE t.workSite.id = :site", Long.class)
                .setParameter("site", siteId).getSingleResult() > 0) {
            throw new Rejected("siteName", "testing.employer.rule.siteInUse");
        }
        employer.removeSite(siteId);
        em.flush();
        return EmployerView.of(employer);
    }

    private Employer current(long id, long expectedVersion) {
        Employer employer = find(id);
        if (employer.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Employer " + id + " changed since it was read");
        }
        return employer;
    }

    private Employer find(long id) {
        Employer employer = em.find(Employer.class, id);
        if (employer == null) {
            throw new Rejected("name", "testing.employer.rule.unknown");
        }
        return employer;
    }

    private void refuseDuplicate(String nip, Long self) {
        em.createQuery("SELECT e.id FROM Employer e WHERE e.nip = :nip", Long.class).setParameter("nip", nip)
                .getResultStream().filter(existing -> !existing.equals(self)).findFirst()
                .ifPresent(existing -> {
                    throw new DuplicateNip(existing);
                });
    }
}
