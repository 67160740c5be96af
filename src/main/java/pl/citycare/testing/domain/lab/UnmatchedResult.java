package pl.citycare.testing.domain.lab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Wynik nieprzypisany: a lab's result that fits no sample as it came (an unknown barcode, or an answered
 * sample with another answer). It is never thrown away: it waits in the inbox until a clerk matches it to a
 * worker's pending sample or discards it with a reason. What the lab sent about the person (passport, name,
 * date of birth) is kept to suggest the sample.
 */
@Entity
@Table(name = "ts_unmatched_result")
public class UnmatchedResult extends AuditedEntity {

    public static final int TEXT_MAX = 200;

    /** Why it did not match. */
    public enum Reason { UNKNOWN_BARCODE, CONFLICT }

    /** Where it stands. */
    public enum Status { OPEN, MATCHED, DISCARDED }

    @Id
    @SequenceGenerator(name = "ts_unmatched_result_seq", sequenceName = "ts_unmatched_result_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_unmatched_result_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String barcode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TestResult result;

    @Column(name = "result_at", nullable = false, updatable = false)
    private Instant resultAt;

    @Column(nullable = false, updatable = false)
    private String lab;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Sample.Source source;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Column(name = "hint_passport")
    private String hintPassport;

    @Column(name = "hint_name")
    private String hintName;

    @Column(name = "hint_birth_date")
    private java.time.LocalDate hintBirthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "sample_id")
    private Long sampleId;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "discard_reason")
    private String discardReason;

    protected UnmatchedResult() {
        // for JPA
    }

    /** What a lab sent, as it sent it, and why it waits. */
    public record Received(String barcode, TestResult result, Instant resultAt, String lab, Sample.Source source,
                           String passport, String name, java.time.LocalDate birthDate) implements java.io.Serializable {
    }

    public UnmatchedResult(Received received, Reason reason, Instant at) {
        this.barcode = received.barcode();
        this.result = received.result();
        this.resultAt = received.resultAt();
        this.lab = clip(received.lab());
        this.source = received.source();
        this.hintPassport = clip(received.passport());
        this.hintName = clip(received.name());
        this.hintBirthDate = received.birthDate();
        this.reason = reason;
        this.receivedAt = at;
        this.status = Status.OPEN;
    }

    /** Matched to the sample it belongs to; the caller has put the result on the sample. */
    public void matched(long sample, String by, Instant at) {
        require(status == Status.OPEN, "unmatched", "testing.unmatched.rule.handled");
        status = Status.MATCHED;
        sampleId = sample;
        handledBy = by;
        handledAt = at;
    }

    /** @throws RuleViolation when handled already, or without a reason */
    public void discard(String why, String by, Instant at) {
        require(status == Status.OPEN, "unmatched", "testing.unmatched.rule.handled");
        String text = why == null || why.isBlank() ? null : why.strip();
        require(text != null && text.length() <= TEXT_MAX, "discardReason", "testing.unmatched.rule.reason");
        status = Status.DISCARDED;
        discardReason = text;
        handledBy = by;
        handledAt = at;
    }

    private static String clip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        return clean.length() > TEXT_MAX ? clean.substring(0, TEXT_MAX) : clean;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getBarcode() {
        return barcode;
    }

    public TestResult getResult() {
        return result;
    }

    public Instant getResultAt() {
        return resultAt;
    }

    public String getLab() {
        return lab;
    }

    public Sample.Source getSource() {
        return source;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Reason getReason() {
        return reason;
    }

    /** The retention period has passed: what the lab said about the person goes; the result stays. */
    public void forgetHints() {
        hintPassport = null;
        hintName = null;
        hintBirthDate = null;
    }

    public String getHintPassport() {
        return hintPassport;
    }

    public String getHintName() {
        return hintName;
    }

    public java.time.LocalDate getHintBirthDate() {
        return hintBirthDate;
    }

    public Status getStatus() {
        return status;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("barcode", barcode);
        state.put("result", result);
        state.put("resultAt", resultAt);
        state.put("lab", lab);
        state.put("source", source);
        state.put("receivedAt", receivedAt);
        state.put("reason", reason);
        state.put("hintPassport", hintPassport == null ? null : "given");
        state.put("hintName", hintName == null ? null : "given");
        state.put("hintBirthDate", hintBirthDate == null ? null : "given");
        state.put("status", status);
        state.put("sampleId", sampleId);
        state.put("handledBy", handledBy);
        state.put("handledAt", handledAt);
        state.put("discardReason", discardReason);
        return state;
    }
}
