package pl.citycare.testing.domain.slot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import pl.citycare.testing.domain.worker.Worker;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Rezerwacja: a worker's place in a slot. Cancelling keeps the record (who booked, who cancelled, when);
 * the place goes back to the slot. A worker holds at most one active booking in a slot (a unique key over
 * slot, worker and the {@code active} marker, which is null once cancelled).
 */
@Entity
@Table(name = "ts_booking")
public class Booking extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "ts_booking_seq", sequenceName = "ts_booking_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_booking_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id", nullable = false, updatable = false)
    private Slot slot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "worker_id", nullable = false, updatable = false)
    private Worker worker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private String bookedBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @AuditExcluded("1 while booked, null once cancelled: the status, in a form a unique key can use")
    private Integer active;

    protected Booking() {
        // for JPA
    }

    /** A place the caller has already taken in the slot. */
    public Booking(Slot slot, Worker worker, Instant at, String by) {
        this.slot = slot;
        this.worker = worker;
        this.status = BookingStatus.BOOKED;
        this.bookedAt = at;
        this.bookedBy = by;
        this.active = 1;
    }

    /** @throws RuleViolation when already cancelled */
    public void cancel(Instant at, String by) {
        require(status == BookingStatus.BOOKED, "booking", "testing.booking.rule.notActive");
        status = BookingStatus.CANCELLED;
        cancelledAt = at;
        cancelledBy = by;
        active = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Slot getSlot() {
        return slot;
    }

    public Worker getWorker() {
        return worker;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("slot", slot == null ? null : slot.getId());
        state.put("worker", worker == null ? null : worker.getId());
        state.put("status", status);
        state.put("bookedAt", bookedAt);
        state.put("bookedBy", bookedBy);
        state.put("cancelledAt", cancelledAt);
        state.put("cancelledBy", cancelledBy);
        return state;
    }
}
