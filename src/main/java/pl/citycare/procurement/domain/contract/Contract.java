package pl.citycare.procurement.domain.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Umowa (or zamówienie): what an approved request was bought under, from one supplier, charged to the
 * request's budget line. Its terms live in versions: number 1 as signed, then one per amendment (aneks),
 * each keeping the lines of the one before (they may change and new ones may follow, none disappears),
 * so deliveries and invoices always find the line they name. Earlier versions stay as they were.
 */
@Entity
@Table(name = "pr_contract")
public class Contract extends AuditedEntity {

    public static final int NUMBER_MAX = 60;
    public static final int REASON_MAX = 500;
    public static final int LINES_MAX = 100;

    @Id
    @SequenceGenerator(name = "pr_contract_seq", sequenceName = "pr_contract_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_contract_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "budget_line_id", nullable = false, updatable = false)
    private Long budgetLineId;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @AuditExcluded("each version is audited as a record of its own")
    @OneToMany(mappedBy = "contract", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    // A page of the contract list reads its contracts' versions in one query, not one query a contract.
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    private List<ContractVersion> versions = new ArrayList<>();

    protected Contract() {
        // for JPA
    }

    /** @throws RuleViolation for the first field that breaks a rule */
    public static Contract sign(String number, ProcurementRequest request, long supplierId, LocalDate signedOn,
                                LocalDate termUntil, List<LineTerms> lines, String by, Instant now, LocalDate today) {
        String clean = number == null ? "" : number.strip();
        require(request.getStatus() == RequestStatus.APPROVED, "request", "procurement.contract.rule.requestNotApproved");
        require(!clean.isEmpty() && clean.length() <= NUMBER_MAX, "number", "procurement.contract.rule.number");
        require(signedOn != null && !signedOn.isBefore(request.getStartDate()) && !signedOn.isAfter(today), "signedOn",
                "procurement.contract.rule.signedOn");
        requireTerms(signedOn, termUntil, lines);
        var contract = new Contract();
        contract.number = clean;
        contract.requestId = request.getId();
        contract.supplierId = supplierId;
        contract.budgetLineId = request.getBudgetLineId();
        contract.signedOn = signedOn;
        contract.currentVersion = 1;
        contract.versions.add(new ContractVersion(contract, 1, signedOn, termUntil, null, lines, by, now));
        return contract;
    }

    /**
     * Aneks: a new version with its own signing day and reason. It keeps every line of the current version,
     * in order (changed or not), and may add lines after them.
     *
     * @throws RuleViolation for the first field that breaks a rule
     */
    public ContractVersion amend(LocalDate amendedOn, String reason, LocalDate termUntil, List<LineTerms> lines,
                                 String by, Instant now, LocalDate today) {
        ContractVersion current = current();
        String cleanReason = reason == null ? "" : reason.strip();
        require(amendedOn != null && !amendedOn.isBefore(current.getSignedOn()) && !amendedOn.isAfter(today), "amendedOn",
                "procurement.contract.rule.amendedOn");
        require(!cleanReason.isEmpty() && cleanReason.length() <= REASON_MAX, "reason", "procurement.contract.rule.reason");
        requireTerms(amendedOn, termUntil, lines);
        require(lines.size() >= current.getLines().size(), "lines", "procurement.contract.rule.linesKept");
        currentVersion = current.getNumber() + 1;
        var amendment = new ContractVersion(this, currentVersion, amendedOn, termUntil, cleanReason, lines, by, now);
        versions.add(amendment);
        return amendment;
    }

    private static void requireTerms(LocalDate from, LocalDate termUntil, List<LineTerms> lines) {
        require(termUntil != null && !termUntil.isBefore(from), "termUntil", "procurement.contract.rule.term");
        require(lines != null && !lines.isEmpty() && lines.size() <= LINES_MAX, "lines", "procurement.contract.rule.lines");
    }

    public ContractVersion current() {
        return versions.stream().filter(v -> v.getNumber() == currentVersion).findFirst().orElseThrow();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public List<ContractVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("number", number);
        state.put("requestId", requestId);
        state.put("supplierId", supplierId);
        state.put("budgetLineId", budgetLineId);
        state.put("signedOn", signedOn);
        state.put("currentVersion", currentVersion);
        return state;
    }
}
