package pl.citycare.testing.domain.slot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.site.TestSite;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Termin: a period at a test site with room for {@code capacity} workers. {@code booked} counts the active
 * bookings; the database keeps it between zero and the capacity ({@code CHECK}), and places are taken by
 * one conditional update, so a slot never holds more than its capacity, however many clerks book at once.
 */
@Entity
@Table(name = "ts_slot")
public class Slot extends AuditedEntity {

    public static final int CAPACITY_MAX = 500;

    @Id
    @SequenceGenerator(name = "ts_slot_seq", sequenceName = "ts_slot_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_slot_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private TestSite site;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @AuditExcluded("a count of the slot's active bookings, each audited as its own record")
    @Column(nullable = false)
    private int booked;

    protected Slot() {
        // for JPA
    }

    /** @throws RuleViolation for a capacity out of 1..{@value #CAPACITY_MAX} */
    public Slot(TestSite site, TestSite.PlannedSlot planned, int capacity) {
        requireCapacity(capacity, 0);
        this.site = site;
        this.startsAt = planned.startsAt();
        this.endsAt = planned.endsAt();
        this.capacity = capacity;
    }

    /** A new capacity, never below the places already booked. @throws RuleViolation otherwise */
    public void changeCapacity(int newCapacity) {
        requireCapacity(newCapacity, booked);
        capacity = newCapacity;
    }

    private static void requireCapacity(int capacity, int booked) {
        require(capacity >= 1 && capacity <= CAPACITY_MAX, "capacity", "testing.slots.rule.capacity");
        require(capacity >= booked, "capacity", "testing.slots.rule.belowBooked");
    }

    @Override
    public Long getId() {
        return id;
    }

    public TestSite getSite() {
        return site;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getBooked() {
        return booked;
    }

    public int free() {
        return capacity - booked;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("site", site == null ? null : site.getId());
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("capacity", capacity);
        return state;
    }
}
