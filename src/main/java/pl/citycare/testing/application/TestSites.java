package pl.citycare.testing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.WorkSite;
import pl.citycare.testing.domain.site.SiteDetails;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.testing.domain.slot.Slot;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Punkty pobrań i terminy: the testing clerk keeps the test sites and plans their slots; the calendar
 * shows each slot's free places.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class TestSites {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** A test site as pages show it; {@code where} is the address or the work site. */
    public record SiteView(long id, long version, SiteDetails details, String where) implements Serializable {

        static SiteView of(TestSite s) {
            return new SiteView(s.getId(), s.getVersion(), s.details(), s.where());
        }
    }

    /** A slot and its free places. */
    public record SlotView(long id, long siteId, String siteName, Instant startsAt, Instant endsAt, int capacity,
                           int booked) implements Serializable {

        public int free() {
            return capacity - booked;
        }

        static SlotView of(Slot s) {
            return new SlotView(s.getId(), s.getSite().getId(), s.getSite().getName(), s.getStartsAt(), s.getEndsAt(),
                    s.getCapacity(), s.getBooked());
        }
    }

    /** What planning made: new slots, and planned ones that were there already. */
    public record PlanResult(int created, int existing) implements Serializable {
    }

    public List<SiteView> sites() {
        // a site's work site and its employer are eager: read for all sites at once, not two queries a site
        return em.createQuery("SELECT s FROM TestSite s ORDER BY s.name, s.id", TestSite.class)
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "s.workSite").setHint(QueryHints.BATCH, "s.workSite.employer")
                .getResultStream().map(SiteView::of).toList();
    }

    public Optional<SiteView> site(long id) {
        return Optional.ofNullable(em.find(TestSite.class, id)).map(SiteView::of);
    }

    /** @throws Rejected naming the field that breaks a rule */
    public SiteView register(SiteDetails details) {
        TestSite site;
        try {
            site = TestSite.register(details, workSite(details.workSiteId()));
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(site);
        em.flush();
        return SiteView.of(site);
    }

    /**
     * @throws Rejected                naming the field that breaks a rule
     * @throws OptimisticLockException when the site changed since {@code expectedVersion}
     */
    public SiteView update(long id, long expectedVersion, SiteDetails details) {
        TestSite site = find(id);
        if (site.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Test site " + id + " changed since it was read");
        }
        try {
            site.describe(details, workSite(details.workSiteId()));
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return SiteView.of(site);
    }

    /**
     * Slots of {@code minutes} with room for {@code capacity} each on the site's open days from {@code from}
     * to {@code to}; slots already planned at the same start are kept as they are.
     *
     * @throws Rejected naming the field that breaks a rule
     */
    public PlanResult planSlots(long siteId, LocalDate from, LocalDate to, int minutes, int capacity) {
        TestSite site = find(siteId);
        List<TestSite.PlannedSlot> planned;
        try {
            planned = site.plan(from, to, minutes);
            if (!planned.isEmpty()) {
                new Slot(site, planned.get(0), capacity); // the capacity rule, before anything is saved
            }
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        if (planned.isEmpty()) {
            return new PlanResult(0, 0);
        }
        var taken = new HashSet<>(em.createQuery(
                        "SELECT s.startsAt FROM Slot s WHERE s.site = :site AND s.startsAt >= :from AND s.startsAt <= :to", Instant.class)
                .setParameter("site", site).setParameter("from", planned.get(0).startsAt())
                .setParameter("to", planned.get(planned.size() - 1).startsAt()).getResultList());
        int created = 0;
        for (TestSite.PlannedSlot slot : planned) {
            if (!taken.contains(slot.startsAt())) {
                em.persist(new Slot(site, slot, capacity));
                created++;
            }
        }
        em.flush();
        return new PlanResult(created, planned.size() - created);
    }

    /** The slots of one site (or of every site, for null) starting in {@code [from, to)}, in time order. */
    public List<SlotView> slots(Long siteId, Instant from, Instant to) {
        return em.createQuery("SELECT s FROM Slot s WHERE s.startsAt >= :from AND s.startsAt < :to"
                        + " AND (s.site.id = :site OR :site = -1) ORDER BY s.startsAt, s.site.name, s.id", Slot.class)
                .setParameter("from", from).setParameter("to", to).setParameter("site", siteId == null ? -1L : siteId)
                .getResultStream().map(SlotView::of).toList();
    }

    public Optional<SlotView> slot(long id) {
        return Optional.ofNullable(em.find(Slot.class, id)).map(SlotView::of);
    }

    /** @throws Rejected for a capacity out of range or below the places booked */
    public SlotView changeCapacity(long slotId, int capacity) {
        Slot slot = em.find(Slot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null) {
            throw new Rejected("capacity", "testing.slots.rule.unknown");
        }
        try {
            slot.changeCapacity(capacity);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return SlotView.of(slot);
    }

    private WorkSite workSite(Long id) {
        return id == null ? null : em.find(WorkSite.class, id);
    }

    private TestSite find(long id) {
        TestSite site = em.find(TestSite.class, id);
        if (site == null) {
            throw new Rejected("site", "testing.site.rule.unknown");
        }
        return site;
    }
}
