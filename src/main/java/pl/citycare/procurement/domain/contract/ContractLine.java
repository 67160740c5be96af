package pl.citycare.procurement.domain.contract;

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
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pozycja umowy in one version of a contract. Its number stays the same in every later version, so
 * deliveries and invoices name the line, not the version. Net, VAT and gross are stored as computed by
 * {@link LineTerms}, for an auditor re-adding them; the database checks gross = net + VAT.
 */
@Entity
@Table(name = "pr_contract_line")
public class ContractLine extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pr_contract_line_seq", sequenceName = "pr_contract_line_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_contract_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_version_id", nullable = false, updatable = false)
    private ContractVersion contractVersion;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(nullable = false, updatable = false)
    private String item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Cpv cpv;

    @Column(nullable = false, updatable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(name = "unit_net", nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal unitNet;

    @Column(name = "vat_rate", nullable = false, updatable = false)
    private int vatRate;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal net;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal vat;

    @Column(nullable = false, updatable = false, precision = 15, scale = 2)
    private BigDecimal gross;

    protected ContractLine() {
        // for JPA
    }

    ContractLine(ContractVersion version, int lineNo, LineTerms terms) {
        this.contractVersion = version;
        this.lineNo = lineNo;
        this.item = terms.item();
        this.cpv = terms.cpv();
        this.quantity = terms.quantity();
        this.unit = terms.unit();
        this.unitNet = terms.unitNet().amount();
        this.vatRate = terms.vatRate().percent();
        this.net = terms.net().amount();
        this.vat = terms.vat().amount();
        this.gross = terms.gross().amount();
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public LineTerms terms() {
        return new LineTerms(item, cpv, quantity, unit, Money.of(unitNet, Money.PLN), VatRate.ofPercent(vatRate).orElseThrow());
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

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("contractVersion", contractVersion == null ? null : contractVersion.getId());
        state.put("lineNo", lineNo);
        state.put("item", item);
        state.put("cpv", cpv);
        state.put("quantity", quantity);
        state.put("unit", unit);
        state.put("unitNet", unitNet);
        state.put("vatRate", vatRate);
        state.put("net", net);
        state.put("vat", vat);
        state.put("gross", gross);
        return state;
    }
}
