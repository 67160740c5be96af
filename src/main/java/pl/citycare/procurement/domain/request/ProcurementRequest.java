package pl.citycare.procurement.domain.request;

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
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Wniosek o udzielenie zamówienia: a clerk's request to buy, charged to a budget line, with the date its
 * procedure starts (which decides the thresholds) and its value stated in PLN and at a PLN/EUR rate.
 * An approver who did not make it approves it or rejects it with a reason; a decided request does not
 * change, except that a COVID-19 act purchase records when it was published in BIP.
 */
@Entity
@Table(name = "pr_request")
public class ProcurementRequest extends AuditedEntity {

    public static final int SUBJECT_MAX = 300;
    public static final int REASON_MAX = 500;
    /** Dates are the city's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** A procedure starting further ahead than this is a typing error. */
    private static final int MAX_YEARS_AHEAD = 1;
    private static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);

    @Id
    @SequenceGenerator(name = "pr_request_seq", sequenceName = "pr_request_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_request_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Cpv cpv;

    @Column(name = "budget_line_id", nullable = false, updatable = false)
    private Long budgetLineId;

    @Column(name = "estimated_net", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal estimatedNet;

    @Column(name = "eur_rate", nullable = false, updatable = false, precision = 8, scale = 4)
    private BigDecimal eurRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, updatable = false)
    private LegalBasis legalBasis;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "bip_published_on")
    private LocalDate bipPublishedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected ProcurementRequest() {
        // for JPA
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public static ProcurementRequest submit(String subject, Cpv cpv, long budgetLineId, ValueEstimate estimate,
                                            LegalBasis basis, LocalDate startDate, String requestedBy, Instant now) {
        String clean = subject == null ? "" : subject.strip();
        require(!clean.isEmpty() && clean.length() <= SUBJECT_MAX, "subject", "procurement.request.rule.subject");
        require(cpv != null, "cpv", "procurement.request.rule.cpv");
        require(basis != null, "legalBasis", "procurement.request.rule.basis");
        LocalDate today = now.atZone(ZONE).toLocalDate();
        require(startDate != null && !startDate.isBefore(EARLIEST_START) && !startDate.isAfter(today.plusYears(MAX_YEARS_AHEAD)),
                "startDate", "procurement.request.rule.startDate");
        var request = new ProcurementRequest();
        request.subject = clean;
        request.cpv = cpv;
        request.budgetLineId = budgetLineId;
        request.estimatedNet = estimate.net().amount();
        request.eurRate = estimate.eurRate();
        request.legalBasis = basis;
        request.startDate = startDate;
        request.status = RequestStatus.SUBMITTED;
        request.requestedBy = requestedBy;
        request.requestedAt = now;
        return request;
    }

    /** @throws RuleViolation when already decided, or when the approver made the request */
    public void approve(String approver, Instant now) {
        decide(approver, now);
        status = RequestStatus.APPROVED;
    }

    /** @throws RuleViolation without a reason, when already decided, or when the approver made the request */
    public void reject(String approver, String reason, Instant now) {
        String clean = reason == null ? "" : reason.strip();
        require(!clean.isEmpty() && clean.length() <= REASON_MAX, "reason", "procurement.request.rule.reason");
        decide(approver, now);
        status = RequestStatus.REJECTED;
        rejectionReason = clean;
    }

    /**
     * Records the day the purchase's information appeared in the city's BIP.
     *
     * @throws RuleViolation (field {@code bipPublishedOn}) for a purchase not under the COVID-19 act, a
     *                       rejected one, or a day before the procedure started or after today
     */
    public void recordBipPublication(LocalDate publishedOn, LocalDate today) {
        require(legalBasis == LegalBasis.COVID_EXEMPTION && status != RequestStatus.REJECTED, "bipPublishedOn",
                "procurement.request.rule.bipNotCovid");
        require(publishedOn != null && !publishedOn.isBefore(startDate) && !publishedOn.isAfter(today), "bipPublishedOn",
                "procurement.request.rule.bipDate");
        bipPublishedOn = publishedOn;
    }

    /** The last day for the BIP publication of a COVID-19 act purchase: {@code days} after its start. */
    public Optional<LocalDate> bipDueOn(int days) {
        return legalBasis == LegalBasis.COVID_EXEMPTION ? Optional.of(startDate.plusDays(days)) : Optional.empty();
    }

    /** Missing (past due, not recorded) or late publication; nothing for other bases or rejected requests. */
    public Optional<Flag> bipFlag(LocalDate today, int days) {
        if (status == RequestStatus.REJECTED) {
            return Optional.empty();
        }
        return bipDueOn(days).flatMap(due -> {
            if (bipPublishedOn == null) {
                return today.isAfter(due) ? Optional.of(Flag.BIP_PUBLICATION_MISSING) : Optional.empty();
            }
            return bipPublishedOn.isAfter(due) ? Optional.of(Flag.BIP_PUBLICATION_LATE) : Optional.empty();
        });
    }

    private void decide(String approver, Instant now) {
        require(status == RequestStatus.SUBMITTED, "decision", "procurement.request.rule.decided");
        require(!approver.equals(requestedBy), "decision", "procurement.request.rule.ownRequest");
        decidedBy = approver;
        decidedAt = now;
    }


    @Override
    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public Cpv getCpv() {
        return cpv;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public Money getEstimatedNet() {
        return Money.of(estimatedNet, Money.PLN);
    }

    public ValueEstimate getEstimate() {
        return new ValueEstimate(getEstimatedNet(), eurRate);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Optional<LocalDate> getBipPublishedOn() {
        return Optional.ofNullable(bipPublishedOn);
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Optional<String> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> getRejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("subject", subject);
        state.put("cpv", cpv);
        state.put("budgetLineId", budgetLineId);
        state.put("estimatedNet", estimatedNet);
        state.put("eurRate", eurRate);
        state.put("legalBasis", legalBasis);
        state.put("startDate", startDate);
        state.put("bipPublishedOn", bipPublishedOn);
        state.put("status", status);
        state.put("requestedBy", requestedBy);
        state.put("requestedAt", requestedAt);
        state.put("decidedBy", decidedBy);
        state.put("decidedAt", decidedAt);
        state.put("rejectionReason", rejectionReason);
        return state;
    }
}
