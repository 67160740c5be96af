package pl.citycare.procurement.domain.contract;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One version of a contract: number 1 as signed, each later one an amendment (aneks) with its reason.
 * A version never changes once written; its totals are the sums of its lines.
 */
@Entity
@Table(name = "pr_contract_version")
public class ContractVersion extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pr_contract_version_seq", sequenceName = "pr_contract_version_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_contract_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "term_until", nullable = false, updatable = false)
    private LocalDate termUntil;

    @Column(updatable = false)
    private String reason;

    @Column(name = "net_total", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "vat_total", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal vatTotal;

    @Column(name = "gross_total", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal grossTotal;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @AuditExcluded("each line is audited as a record of its own")
    @OneToMany(mappedBy = "contractVersion", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<ContractLine> lines = new ArrayList<>();

    protected ContractVersion() {
        // for JPA
    }

    ContractVersion(Contract contract, int number, LocalDate signedOn, LocalDate termUntil, String reason,
                    List<LineTerms> terms, String createdBy, Instant createdAt) {
        this.contract = contract;
        this.number = number;
        this.signedOn = signedOn;
        this.termUntil = termUntil;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        for (int i = 0; i < terms.size(); i++) {
            lines.add(new ContractLine(this, i + 1, terms.get(i)));
        }
        this.netTotal = sum(ContractLine::getNet).amount();
        this.vatTotal = sum(ContractLine::getVat).amount();
        this.grossTotal = sum(ContractLine::getGross).amount();
    }

    private Money sum(Function<ContractLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.zero(Money.PLN), Money::plus);
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getTermUntil() {
        return termUntil;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Money getNetTotal() {
        return Money.of(netTotal, Money.PLN);
    }

    public Money getVatTotal() {
        return Money.of(vatTotal, Money.PLN);
    }

    public Money getGrossTotal() {
        return Money.of(grossTotal, Money.PLN);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ContractLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("contract", contract == null ? null : contract.getId());
        state.put("number", number);
        state.put("signedOn", signedOn);
        state.put("termUntil", termUntil);
        state.put("reason", reason);
        state.put("netTotal", netTotal);
        state.put("vatTotal", vatTotal);
        state.put("grossTotal", grossTotal);
        state.put("createdBy", createdBy);
        state.put("createdAt", createdAt);
        return state;
    }
}
