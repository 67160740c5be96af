package pl.citycare.healthsupport.domain.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Dyżur: one hotline psychologist on duty from one moment to another. */
@Entity
@Table(name = "hs_duty_shift")
public class DutyShift extends AuditedEntity {

    public static final Duration LONGEST = Duration.ofHours(12);

    @Id
    @SequenceGenerator(name = "hs_duty_shift_seq", sequenceName = "hs_duty_shift_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_duty_shift_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String psychologist;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "planned_by", nullable = false, updatable = false)
    private String plannedBy;

    protected DutyShift() {
        // for JPA
    }

    /** @throws RuleViolation for a missing time, an end before the start, or a shift over 12 hours */
    public static DutyShift plan(String psychologist, Instant startsAt, Instant endsAt, String plannedBy) {
        if (startsAt == null || endsAt == null) {
            throw new RuleViolation("from", "health.roster.rule.timeRequired");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new RuleViolation("to", "health.roster.rule.endAfterStart");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new RuleViolation("to", "health.roster.rule.tooLong");
        }
        var shift = new DutyShift();
        shift.psychologist = psychologist;
        shift.startsAt = startsAt;
        shift.endsAt = endsAt;
        shift.plannedBy = plannedBy;
        return shift;
    }

    public Interval interval() {
        return new Interval(startsAt, endsAt);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getPsychologist() {
        return psychologist;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("psychologist", psychologist);
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("plannedBy", plannedBy);
        return state;
    }
}
