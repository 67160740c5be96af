package pl.citycare.procurement.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Faktura: the supplier's invoice under a contract, by its totals (net and VAT as printed; gross is their
 * sum). All invoices of a contract together never exceed the gross of its current version. An unpaid
 * invoice past its due date is overdue.
 */
@Entity
@Table(name = "pr_invoice")
public class Invoice extends AuditedEntity {

    public static final int NUMBER_MAX = 60;

    @Id
    @SequenceGenerator(name = "pr_invoice_seq", sequenceName = "pr_invoice_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_invoice_seq")
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal net;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal vat;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal gross;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Invoice() {
        // for JPA
    }

    /**
     * @param invoicedBefore the gross of the contract's earlier invoices
     * @throws RuleViolation for the first field that breaks a rule
     */
    public static Invoice receive(Contract contract, String number, LocalDate issuedOn, LocalDate dueOn, Money net, Money vat,
                                  Money invoicedBefore, String by, Instant now, LocalDate today) {
        String clean = number == null ? "" : number.strip();
        require(!clean.isEmpty() && clean.length() <= NUMBER_MAX, "number", "procurement.invoice.rule.number");
        require(issuedOn != null && !issuedOn.isAfter(today), "issuedOn", "procurement.invoice.rule.issuedInFuture");
        require(!issuedOn.isBefore(contract.getSignedOn()), "issuedOn", "procurement.invoice.rule.issuedBeforeContract");
        require(dueOn != null && !dueOn.isBefore(issuedOn), "dueOn", "procurement.invoice.rule.dueOn");
        require(net != null && net.amount().signum() > 0, "net", "procurement.invoice.rule.net");
        require(vat != null && vat.amount().signum() >= 0 && !vat.isGreaterThan(net), "vat", "procurement.invoice.rule.vat");
        Money gross = net.plus(vat);
        require(!invoicedBefore.plus(gross).isGreaterThan(contract.current().getGrossTotal()), "net",
                "procurement.invoice.rule.aboveContract");
        var invoice = new Invoice();
        invoice.contractId = contract.getId();
        invoice.supplierId = contract.getSupplierId();
        invoice.number = clean;
        invoice.issuedOn = issuedOn;
        invoice.dueOn = dueOn;
        invoice.net = net.amount();
        invoice.vat = vat.amount();
        invoice.gross = gross.amount();
        invoice.createdBy = by;
        invoice.createdAt = now;
        return invoice;
    }

    /** @throws RuleViolation (field {@code paidOn}) when already paid, or for a day before issue or after today */
    public void pay(LocalDate on, LocalDate today) {
        require(paidOn == null, "paidOn", "procurement.invoice.rule.alreadyPaid");
        require(on != null && !on.isBefore(issuedOn) && !on.isAfter(today), "paidOn", "procurement.invoice.rule.paidOn");
        paidOn = on;
    }

    public boolean isOverdue(LocalDate today) {
        return paidOn == null && today.isAfter(dueOn);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Money getNet() {
        return Money.of(net, Money.PLN);
    }

    public Money getVat() {
        return Money.of(vat, Money.PLN);
    }

    public Money getGross() {
        return Money.of(gross, Money.PLN);
    }

    public Optional<LocalDate> getPaidOn() {
        return Optional.ofNullable(paidOn);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("contractId", contractId);
        state.put("supplierId", supplierId);
        state.put("number", number);
        state.put("issuedOn", issuedOn);
        state.put("dueOn", dueOn);
        state.put("net", net);
        state.put("vat", vat);
        state.put("gross", gross);
        state.put("paidOn", paidOn);
        state.put("createdBy", createdBy);
        state.put("createdAt", createdAt);
        return state;
    }
}
