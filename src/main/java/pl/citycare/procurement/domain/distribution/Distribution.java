package pl.citycare.procurement.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.ContractLine;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Przekazanie: a quantity of one contract line handed from stock to a recipient on a day. Stock is what
 * arrived less what was handed over, and never goes below zero. Apparatus (ventilators, monitors) is
 * confirmed as put into use by the recipient; apparatus handed over and not in use after a number of
 * days is what audit offices look for.
 */
@Entity
@Table(name = "pr_distribution")
public class Distribution extends AuditedEntity {

    public static final int RECIPIENT_MAX = 200;

    @Id
    @SequenceGenerator(name = "pr_distribution_seq", sequenceName = "pr_distribution_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_distribution_seq")
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(nullable = false, updatable = false)
    private String item;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(nullable = false, updatable = false)
    private boolean apparatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false)
    private RecipientKind recipientKind;

    @Column(name = "recipient_name", nullable = false, updatable = false)
    private String recipientName;

    @Column(nullable = false, updatable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(name = "handed_on", nullable = false, updatable = false)
    private LocalDate handedOn;

    @Column(name = "put_into_use_on")
    private LocalDate putIntoUseOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Distribution() {
        // for JPA
    }

    /**
     * @param lineIndex the line's place in the contract's current version (from 0)
     * @param inStock   what of that line is in stock now (delivered less handed over)
     * @param apparatus whether the line is apparatus that must be confirmed as put into use
     * @throws RuleViolation for the first field that breaks a rule
     */
    public static Distribution handOver(Contract contract, Integer lineIndex, BigDecimal inStock, boolean apparatus,
                                        RecipientKind kind, String recipientName, BigDecimal quantity, LocalDate handedOn,
                                        String by, Instant now, LocalDate today) {
        List<ContractLine> lines = contract.current().getLines();
        require(lineIndex != null && lineIndex >= 0 && lineIndex < lines.size(), "line", "procurement.distribution.rule.line");
        require(kind != null, "recipientKind", "procurement.distribution.rule.kind");
        String name = recipientName == null ? "" : recipientName.strip();
        require(!name.isEmpty() && name.length() <= RECIPIENT_MAX, "recipientName", "procurement.distribution.rule.recipient");
        require(quantity != null && quantity.signum() > 0 && quantity.stripTrailingZeros().scale() <= 3, "quantity",
                "procurement.distribution.rule.quantity");
        require(quantity.compareTo(inStock) <= 0, "quantity", "procurement.distribution.rule.aboveStock");
        require(handedOn != null && !handedOn.isBefore(contract.getSignedOn()) && !handedOn.isAfter(today), "handedOn",
                "procurement.distribution.rule.handedOn");
        ContractLine line = lines.get(lineIndex);
        var distribution = new Distribution();
        distribution.contractId = contract.getId();
        distribution.lineNo = line.getLineNo();
        distribution.item = line.terms().item();
        distribution.unit = line.terms().unit();
        distribution.apparatus = apparatus;
        distribution.recipientKind = kind;
        distribution.recipientName = name;
        distribution.quantity = quantity;
        distribution.handedOn = handedOn;
        distribution.createdBy = by;
        distribution.createdAt = now;
        return distribution;
    }

    /** @throws RuleViolation (field {@code putIntoUseOn}) for no apparatus, a second confirmation or an impossible day */
    public void confirmInUse(LocalDate on, LocalDate today) {
        require(apparatus && putIntoUseOn == null, "putIntoUseOn", "procurement.distribution.rule.notAwaitingUse");
        require(on != null && !on.isBefore(handedOn) && !on.isAfter(today), "putIntoUseOn", "procurement.distribution.rule.inUseOn");
        putIntoUseOn = on;
    }

    /** Apparatus handed over and still not confirmed in use more than {@code days} after. */
    public boolean isIdle(LocalDate today, int days) {
        return apparatus && putIntoUseOn == null && today.isAfter(handedOn.plusDays(days));
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getItem() {
        return item;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isApparatus() {
        return apparatus;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public LocalDate getHandedOn() {
        return handedOn;
    }

    public Optional<LocalDate> getPutIntoUseOn() {
        return Optional.ofNullable(putIntoUseOn);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("contractId", contractId);
        state.put("lineNo", lineNo);
        state.put("item", item);
        state.put("unit", unit);
        state.put("apparatus", apparatus);
        state.put("recipientKind", recipientKind);
        state.put("recipientName", recipientName);
        state.put("quantity", quantity);
        state.put("handedOn", handedOn);
        state.put("putIntoUseOn", putIntoUseOn);
        state.put("createdBy", createdBy);
        state.put("createdAt", createdAt);
        return state;
    }
}
