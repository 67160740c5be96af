package pl.citycare.healthsupport.domain.hotline;

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
import pl.citycare.healthsupport.domain.District;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rozmowa na linii wsparcia: one call to the psychological hotline, as the psychologist logs it. The
 * caller is anonymous unless a callback is agreed; a call with imminent risk says what was done about it.
 */
@Entity
@Table(name = "hs_hotline_call")
public class HotlineCall extends AuditedEntity {

    /** The longest call the form accepts, in minutes. */
    public static final int MAX_MINUTES = 600;
    /** How far in the future a start time may be, for a clock that runs a little ahead. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "hs_hotline_call_seq", sequenceName = "hs_hotline_call_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_hotline_call_seq")
    private Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** Username of the psychologist who took the call. */
    @Column(nullable = false, updatable = false)
    private String psychologist;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type", nullable = false)
    private ContactType contactType;

    @Enumerated(EnumType.STRING)
    private District district;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    private AgeBand ageBand;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hs_hotline_call_reason", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private Set<CallReason> reasons = EnumSet.noneOf(CallReason.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "emergency_action")
    private EmergencyAction emergencyAction;

    @Column(name = "emergency_action_at")
    private Instant emergencyActionAt;

    @AuditExcluded("what was said in a crisis call is health data: the trail records that a summary exists")
    @Column(length = 4000)
    private String summary;

    @AuditExcluded("personal data, given only for a callback: the trail records that contact details exist")
    @Column(name = "caller_first_name")
    private String callerFirstName;

    @AuditExcluded("personal data, given only for a callback: the trail records that contact details exist")
    @Column(name = "caller_phone")
    private String callerPhone;

    /** The returning caller's code, only when the caller agreed to one. */
    @Column(name = "caller_code", updatable = false)
    private String callerCode;

    protected HotlineCall() {
        // for JPA
    }

    /**
     * Logs a call, checking the hotline's rules.
     *
     * @param now the present moment, to refuse a start in the future
     * @throws RuleViolation naming the field and the rule it breaks
     */
    public static HotlineCall log(String psychologist, CallFacts facts, Instant now) {
        facts.check(now);
        var call = new HotlineCall();
        call.psychologist = psychologist;
        call.startedAt = facts.startedAt();
        call.durationMinutes = facts.durationMinutes();
        call.contactType = facts.contactType();
        call.district = facts.district();
        call.ageBand = facts.ageBand();
        call.reasons = facts.reasons().isEmpty() ? EnumSet.noneOf(CallReason.class) : EnumSet.copyOf(facts.reasons());
        call.riskLevel = facts.riskLevel();
        call.outcome = facts.outcome();
        call.emergencyAction = facts.emergencyAction();
        call.emergencyActionAt = facts.emergencyActionAt();
        call.summary = blankToNull(facts.summary());
        call.callerFirstName = blankToNull(facts.callerFirstName());
        call.callerPhone = blankToNull(facts.callerPhone());
        return call;
    }

    /** The retention run: the summary and any contact details go; what statistics count stays. */
    public void anonymise() {
        summary = null;
        callerFirstName = null;
        callerPhone = null;
    }

    /** Links the call to a returning caller (done once, when the call is logged). */
    public void linkTo(ReturningCaller caller) {
        this.callerCode = caller.getId();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPsychologist() {
        return psychologist;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public Optional<District> getDistrict() {
        return Optional.ofNullable(district);
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Set<CallReason> getReasons() {
        return reasons.isEmpty() ? EnumSet.noneOf(CallReason.class) : EnumSet.copyOf(reasons);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public Optional<EmergencyAction> getEmergencyAction() {
        return Optional.ofNullable(emergencyAction);
    }

    public Optional<Instant> getEmergencyActionAt() {
        return Optional.ofNullable(emergencyActionAt);
    }

    public Optional<String> getSummary() {
        return Optional.ofNullable(summary);
    }

    public Optional<String> getCallerFirstName() {
        return Optional.ofNullable(callerFirstName);
    }

    public Optional<String> getCallerPhone() {
        return Optional.ofNullable(callerPhone);
    }

    public Optional<String> getCallerCode() {
        return Optional.ofNullable(callerCode);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("startedAt", startedAt);
        state.put("durationMinutes", durationMinutes);
        state.put("psychologist", psychologist);
        state.put("contactType", contactType);
        state.put("district", district);
        state.put("ageBand", ageBand);
        state.put("reasons", getReasons());
        state.put("riskLevel", riskLevel);
        state.put("outcome", outcome);
        state.put("emergencyAction", emergencyAction);
        state.put("emergencyActionAt", emergencyActionAt);
        state.put("summaryWritten", summary != null);
        state.put("callerContactGiven", callerPhone != null);
        state.put("callerCode", callerCode);
        return state;
    }
}
