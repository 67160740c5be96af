package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.slot.Booking;
import pl.citycare.testing.domain.slot.BookingStatus;
import pl.citycare.testing.domain.slot.Slot;
import pl.citycare.testing.domain.worker.Worker;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Rezerwacje: the testing clerk books one worker, or a whole employer's group, into slots, cancels and
 * moves bookings. A place is taken by one conditional update of the slot's count ({@code booked < capacity}),
 * which the database applies to one transaction at a time; a {@code CHECK} backs it. So a slot never holds
 * more workers than its capacity, even when two clerks book its last place at the same moment.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class Bookings {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** A booking as pages show it. */
    public record BookingView(long id, long slotId, String siteName, Instant startsAt, long workerId, String workerName,
                              String passport, String employerName, BookingStatus status, Instant bookedAt,
                              String bookedBy) implements Serializable {

        static BookingView of(Booking b) {
            Slot slot = b.getSlot();
            Worker worker = b.getWorker();
            var details = worker.details();
            return new BookingView(b.getId(), slot.getId(), slot.getSite().getName(), slot.getStartsAt(), worker.getId(),
                    details.surname() + " " + details.givenNames(), details.passport(), worker.getEmployer().getName(),
                    b.getStatus(), b.getBookedAt(), b.getBookedBy());
        }
    }

    /** A group booking's outcome: booked now, skipped as already booked, left without a place. */
    public record GroupResult(int booked, int alreadyBooked, int withoutPlace) implements Serializable {
    }

    /** Raised when the worker already holds an upcoming booking: it is named, so the clerk can move it. */
    public static class AlreadyBooked extends Rejected {

        private final BookingView existing;

        public AlreadyBooked(BookingView existing) {
            super("worker", "testing.booking.rule.alreadyBooked");
            this.existing = existing;
        }

        public BookingView existing() {
            return existing;
        }
    }

    /**
     * Books the worker with this passport into the slot. With {@code move}, an upcoming booking the worker
     * holds is cancelled in the same transaction (nothing changes if the new slot is full).
     *
     * @throws AlreadyBooked when the worker holds an upcoming booking and {@code move} is false
     * @throws Rejected      for an unknown passport or slot, a slot that is over or full
     */
    public BookingView book(String passport, long slotId, boolean move) {
        Worker worker = em.createQuery("SELECT w FROM Worker w WHERE w.passport = :passport", Worker.class)
                .setParameter("passport", Worker.normalisedPassport(passport)).getResultStream().findFirst()
                .orElseThrow(() -> new Rejected("passport", "testing.booking.rule.unknownPassport"));
        return book(worker, slotId, move);
    }

    /** As {@link #book(String, long, boolean)}, for a worker by id. */
    public BookingView bookWorker(long workerId, long slotId, boolean move) {
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null) {
            throw new Rejected("passport", "testing.booking.rule.unknownPassport");
        }
        return book(worker, slotId, move);
    }

    private BookingView book(Worker worker, long slotId, boolean move) {
        Instant now = now();
        Slot slot = openSlot(slotId, now);
        Optional<Booking> upcoming = upcoming(worker, now);
        if (upcoming.isPresent()) {
            if (upcoming.get().getSlot().getId() == slotId) {
                throw new Rejected("passport", "testing.booking.rule.sameSlot");
            }
            if (!move) {
                throw new AlreadyBooked(BookingView.of(upcoming.get()));
            }
            cancel(upcoming.get(), now);
        }
        if (!takePlace(slot.getId())) {
            throw new Rejected("slot", "testing.booking.rule.full");
        }
        var booking = new Booking(slot, worker, now, me());
        em.persist(booking);
        em.flush();
        return BookingView.of(booking);
    }

    /**
     * Books the employer's workers who hold no upcoming booking, by surname, into the slots of the same site
     * from {@code firstSlotId} on, in time order, filling each slot before the next.
     *
     * @throws Rejected for an unknown slot or one that is over
     */
    public GroupResult bookGroup(long employerId, long firstSlotId) {
        Instant now = now();
        Slot first = openSlot(firstSlotId, now);
        List<Worker> workers = em.createQuery("SELECT w FROM Worker w WHERE w.employer.id = :employer"
                        + " ORDER BY w.surname, w.givenNames, w.id", Worker.class)
                .setParameter("employer", employerId).getResultList();
        if (workers.isEmpty()) {
            throw new Rejected("employer", "testing.booking.rule.noWorkers");
        }
        List<Long> slots = em.createQuery("SELECT s.id FROM Slot s WHERE s.site = :site AND s.startsAt >= :from"
                        + " AND s.endsAt > :now ORDER BY s.startsAt", Long.class)
                .setParameter("site", first.getSite()).setParameter("from", first.getStartsAt()).setParameter("now", now)
                .getResultList();
        int booked = 0;
        int already = 0;
        int slotIndex = 0;
        String me = me();
        for (Worker worker : workers) {
            if (upcoming(worker, now).isPresent()) {
                already++;
                continue;
            }
            while (slotIndex < slots.size() && !takePlace(slots.get(slotIndex))) {
                slotIndex++;
            }
            if (slotIndex == slots.size()) {
                break;
            }
            em.persist(new Booking(em.getReference(Slot.class, slots.get(slotIndex)), worker, now, me));
            booked++;
        }
        em.flush();
        return new GroupResult(booked, already, workers.size() - booked - already);
    }

    /** Cancels the booking and gives its place back. @throws Rejected when it is not active */
    public BookingView cancel(long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new Rejected("booking", "testing.booking.rule.notActive");
        }
        cancel(booking, now());
        em.flush();
        return BookingView.of(booking);
    }

    /** The active bookings of a slot, by worker. */
    public List<BookingView> inSlot(long slotId) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.slot.id = :slot AND b.status = :booked"
                        + " ORDER BY b.worker.surname, b.worker.givenNames, b.id", Booking.class)
                .setParameter("slot", slotId).setParameter("booked", BookingStatus.BOOKED)
                .getResultStream().map(BookingView::of).toList();
    }

    /** Every booking of a worker, newest slot first, cancelled ones included. */
    public List<BookingView> ofWorker(long workerId) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.worker.id = :worker ORDER BY b.slot.startsAt DESC, b.id DESC",
                        Booking.class)
                .setParameter("worker", workerId).getResultStream().map(BookingView::of).toList();
    }

    private void cancel(Booking booking, Instant now) {
        try {
            booking.cancel(now, me());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        em.createQuery("UPDATE Slot s SET s.booked = s.booked - 1 WHERE s.id = :id AND s.booked > 0")
                .setParameter("id", booking.getSlot().getId()).executeUpdate();
    }

    /** Takes one place in the slot if one is free; the database decides, one transaction at a time. */
    private boolean takePlace(long slotId) {
        try {
            return em.createQuery("UPDATE Slot s SET s.booked = s.booked + 1 WHERE s.id = :id AND s.booked < s.capacity")
                    .setParameter("id", slotId).executeUpdate() == 1;
        } catch (PersistenceException checkRefused) {
            // ck_ts_slot_booked: a database that did not re-read the count after waiting refuses the overflow.
            throw new Rejected("slot", "testing.booking.rule.full");
        }
    }

    private Optional<Booking> upcoming(Worker worker, Instant now) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.worker = :worker AND b.status = :booked"
                        + " AND b.slot.endsAt > :now ORDER BY b.slot.startsAt", Booking.class)
                .setParameter("worker", worker).setParameter("booked", BookingStatus.BOOKED).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Slot openSlot(long slotId, Instant now) {
        Slot slot = em.find(Slot.class, slotId);
        if (slot == null) {
            throw new Rejected("slot", "testing.slots.rule.unknown");
        }
        if (!slot.getEndsAt().isAfter(now)) {
            throw new Rejected("slot", "testing.booking.rule.over");
        }
        return slot;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
