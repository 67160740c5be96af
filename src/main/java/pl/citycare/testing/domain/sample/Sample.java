package pl.citycare.testing.domain.sample;

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
import pl.citycare.testing.domain.slot.Slot;
import pl.citycare.testing.domain.worker.Worker;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Próbka: a sample taken from a worker at a slot, known by the barcode on its tube (typed, or scanned: a
 * keyboard-wedge scanner is fast typing), on its way to a lab. Pending until the lab answers; the answer
 * can be corrected later, with a reason. A worker has at most one pending sample per slot.
 */
@Entity
@Table(name = "ts_sample")
public class Sample extends AuditedEntity {

    public static final int TEXT_MAX = 200;
    private static final Pattern BARCODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,39}");

    /** How a result arrived. */
    public enum Source { HAND, CSV, API }

    @Id
    @SequenceGenerator(name = "ts_sample_seq", sequenceName = "ts_sample_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_sample_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String barcode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "worker_id", nullable = false, updatable = false)
    private Worker worker;

    /** The worker's key as the column holds it, read only: lists compare it with a subquery without a join. */
    @Column(name = "worker_id", insertable = false, updatable = false)
    @AuditExcluded("the worker mapping's own column, read only; the audited worker is the same value")
    private Long workerId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id", nullable = false, updatable = false)
    private Slot slot;

    @Enumerated(EnumType.STRING)
    @Column(name = "test_type", nullable = false, updatable = false)
    private TestType testType;

    @Column(name = "collected_at", nullable = false, updatable = false)
    private Instant collectedAt;

    @Column(name = "collected_by", nullable = false, updatable = false)
    private String collectedBy;

    @Column(nullable = false, updatable = false)
    private String lab;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TestResult result;

    @Column(name = "result_at")
    private Instant resultAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_source")
    private Source resultSource;

    @Column(name = "result_by")
    private String resultBy;

    @AuditExcluded("1 while pending, null once answered: the status, in a form a unique key can use")
    @Column(name = "open_marker")
    private Integer openMarker;

    protected Sample() {
        // for JPA
    }

    /** @throws RuleViolation for a malformed barcode, a collection in the future, a blank collector or lab */
    public Sample(String barcode, Worker worker, Slot slot, TestType testType, Instant collectedAt, String collectedBy,
                  String lab, Instant now) {
        String code = normalisedBarcode(barcode);
        require(code != null && BARCODE.matcher(code).matches(), "barcode", "testing.sample.rule.barcode");
        require(testType != null, "testType", "testing.sample.rule.testType");
        require(collectedAt != null && !collectedAt.isAfter(now), "collectedAt", "testing.sample.rule.collectedAt");
        String by = strip(collectedBy);
        require(by != null && by.length() <= TEXT_MAX, "collectedBy", "testing.sample.rule.collectedBy");
        String cleanLab = strip(lab);
        require(cleanLab != null && cleanLab.length() <= TEXT_MAX, "lab", "testing.sample.rule.lab");
        this.barcode = code;
        this.worker = worker;
        this.slot = slot;
        this.testType = testType;
        this.collectedAt = collectedAt;
        this.collectedBy = by;
        this.lab = cleanLab;
        this.result = TestResult.PENDING;
        this.openMarker = 1;
    }

    /** The barcode as stored: capitals, no spaces. */
    public static String normalisedBarcode(String typed) {
        return typed == null || typed.isBlank() ? null : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The lab's answer for a pending sample.
     *
     * @throws RuleViolation when the sample has an answer already (correct it instead), the answer is
     *                       "pending", or its time is before the collection or in the future
     */
    public void recordResult(TestResult answer, Instant at, Source source, String by, Instant now) {
        require(result == TestResult.PENDING, "result", "testing.sample.rule.alreadyAnswered");
        answer(answer, at, source, by, now);
    }

    /**
     * A different final answer for an answered sample (the lab corrected itself); the caller records why.
     *
     * @throws RuleViolation when the sample is pending, or the answer is the same, pending, or out of time
     */
    public void correctResult(TestResult answer, Instant at, String by, Instant now) {
        require(result != TestResult.PENDING, "result", "testing.sample.rule.notAnswered");
        require(answer != result, "result", "testing.sample.rule.sameResult");
        answer(answer, at, Source.HAND, by, now);
    }

    private void answer(TestResult answer, Instant at, Source source, String by, Instant now) {
        require(answer != null && answer != TestResult.PENDING, "result", "testing.sample.rule.result");
        // Clerks type minutes: a result in the minute of the collection is not before it.
        require(at != null && !at.isBefore(collectedAt.truncatedTo(ChronoUnit.MINUTES)) && !at.isAfter(now), "resultAt",
                "testing.sample.rule.resultAt");
        result = answer;
        resultAt = at;
        resultSource = source;
        resultBy = by;
        openMarker = null;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getBarcode() {
        return barcode;
    }

    public Worker getWorker() {
        return worker;
    }

    public Slot getSlot() {
        return slot;
    }

    public TestType getTestType() {
        return testType;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public String getLab() {
        return lab;
    }

    public TestResult getResult() {
        return result;
    }

    public Instant getResultAt() {
        return resultAt;
    }

    public Source getResultSource() {
        return resultSource;
    }

    public String getResultBy() {
        return resultBy;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("barcode", barcode);
        state.put("worker", worker == null ? null : worker.getId());
        state.put("slot", slot == null ? null : slot.getId());
        state.put("testType", testType);
        state.put("collectedAt", collectedAt);
        state.put("collectedBy", collectedBy);
        state.put("lab", lab);
        state.put("result", result);
        state.put("resultAt", resultAt);
        state.put("resultSource", resultSource);
        state.put("resultBy", resultBy);
        return state;
    }
}
