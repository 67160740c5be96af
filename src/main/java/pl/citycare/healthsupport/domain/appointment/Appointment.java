package pl.citycare.healthsupport.domain.appointment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wizyta: a client's appointment with a psychologist of a centre. While it holds its time it occupies
 * its quarter-hours ({@link OccupiedSlot}), which the database keeps unique per psychologist and per client.
 */
@Entity
@Table(name = "hs_appointment")
public class Appointment extends AuditedEntity {

    /** Appointments start on a quarter-hour and last whole quarter-hours. */
    public static final int SLOT_MINUTES = 15;
    public static final int MAX_MINUTES = 240;
    /** A client's cancellation closer than this to the start is a late cancellation. */
    public static final Duration LATE_CANCELLATION = Duration.ofHours(24);

    @Id
    @SequenceGenerator(name = "hs_appointment_seq", sequenceName = "hs_appointment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_appointment_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "centre_code", nullable = false, updatable = false)
    private String centreCode;

    @Column(nullable = false, updatable = false)
    private String psychologist;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private String bookedBy;

    /**
     * In time order, and so written in time order: concurrent bookings of one time then all wait for the
     * same first quarter-hour instead of holding one each and waiting for the other's (a deadlock).
     */
    @AuditExcluded("derived from startsAt, minutes and status, which the trail records")
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "hs_appointment_slot", joinColumns = @JoinColumn(name = "appointment_id"))
    private List<OccupiedSlot> slots = new ArrayList<>();

    protected Appointment() {
        // for JPA
    }

    /**
     * Books an appointment.
     *
     * @throws RuleViolation for a start in the past or off the quarter-hour, or a bad length
     */
    public static Appointment book(long clientId, String centreCode, String psychologist, Instant startsAt, int minutes,
                                   String bookedBy, Instant now) {
        checkTime(startsAt, minutes, now);
        var appointment = new Appointment();
        appointment.clientId = clientId;
        appointment.centreCode = centreCode;
        appointment.psychologist = psychologist;
        appointment.startsAt = startsAt;
        appointment.minutes = minutes;
        appointment.bookedBy = bookedBy;
        appointment.status = AppointmentStatus.PLANNED;
        appointment.statusChangedAt = now;
        appointment.occupy();
        return appointment;
    }

    /** Moves a planned or confirmed appointment; it is planned again (to be confirmed with the client). */
    public void move(Instant newStart, int newMinutes, Instant now) {
        if (status != AppointmentStatus.PLANNED && status != AppointmentStatus.CONFIRMED) {
            throw new RuleViolation("startsAt", "health.appointment.rule.cannotMove");
        }
        checkTime(newStart, newMinutes, now);
        startsAt = newStart;
        minutes = newMinutes;
        status = AppointmentStatus.PLANNED;
        statusChangedAt = now;
        slots.clear();
        occupy();
    }

    /**
     * Sets the next status. A client's cancellation within 24 hours of the start becomes a late
     * cancellation; a no-show only after the start. A status that gives the time up frees its slots.
     *
     * @return the status actually set
     */
    public AppointmentStatus changeStatus(AppointmentStatus requested, Instant now) {
        if (!status.next().contains(requested)) {
            throw new RuleViolation("status", "health.appointment.rule.statusNotAllowed");
        }
        if (requested == AppointmentStatus.NO_SHOW && now.isBefore(startsAt)) {
            throw new RuleViolation("status", "health.appointment.rule.noShowBeforeStart");
        }
        AppointmentStatus next = requested == AppointmentStatus.CANCELLED_BY_CLIENT
                && now.isAfter(startsAt.minus(LATE_CANCELLATION)) ? AppointmentStatus.LATE_CANCELLATION : requested;
        status = next;
        statusChangedAt = now;
        if (!next.holdsTime()) {
            slots.clear();
        }
        return next;
    }

    private static void checkTime(Instant startsAt, int minutes, Instant now) {
        if (startsAt == null) {
            throw new RuleViolation("startsAt", "health.appointment.rule.startRequired");
        }
        if (startsAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            throw new RuleViolation("startsAt", "health.appointment.rule.startInPast");
        }
        if (startsAt.getEpochSecond() % (SLOT_MINUTES * 60L) != 0 || startsAt.getNano() != 0) {
            throw new RuleViolation("startsAt", "health.appointment.rule.quarterHour");
        }
        if (minutes < SLOT_MINUTES || minutes > MAX_MINUTES || minutes % SLOT_MINUTES != 0) {
            throw new RuleViolation("minutes", "health.appointment.rule.length");
        }
    }

    private void occupy() {
        for (int offset = 0; offset < minutes; offset += SLOT_MINUTES) {
            slots.add(new OccupiedSlot(psychologist, clientId, startsAt.plus(offset, ChronoUnit.MINUTES)));
        }
    }

    public Instant getEndsAt() {
        return startsAt.plus(minutes, ChronoUnit.MINUTES);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getCentreCode() {
        return centreCode;
    }

    public String getPsychologist() {
        return psychologist;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    /** The quarter-hours held, for tests of the overlap guarantee. */
    Set<OccupiedSlot> occupiedSlots() {
        return Set.copyOf(slots);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("clientId", clientId);
        state.put("centreCode", centreCode);
        state.put("psychologist", psychologist);
        state.put("startsAt", startsAt);
        state.put("minutes", minutes);
        state.put("status", status);
        state.put("statusChangedAt", statusChangedAt);
        state.put("bookedBy", bookedBy);
        return state;
    }
}
