package pl.citycare.procurement.web;

import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.domain.contract.LineTerms;
import pl.citycare.procurement.domain.request.Cpv;

import java.io.Serializable;
import java.math.BigDecimal;

/** One editable line of the contract form, kept as typed (so nothing is lost when the form is refused). */
public class ContractLineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String item;
    private Cpv cpv;
    private BigDecimal quantity;
    private String unit = "szt.";
    private BigDecimal unitNet;
    private Integer vatPercent = 23;
    /** Lines of the current version: an amendment may change them, not remove them. */
    private boolean kept;

    public static ContractLineRow of(LineTerms terms) {
        var row = new ContractLineRow();
        row.item = terms.item();
        row.cpv = terms.cpv();
        row.quantity = terms.quantity().stripTrailingZeros();
        row.unit = terms.unit();
        row.unitNet = terms.unitNet().amount();
        row.vatPercent = terms.vatRate().percent();
        row.kept = true;
        return row;
    }

    public LineInput input() {
        return new LineInput(item, cpv, quantity, unit, unitNet, vatPercent);
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public Cpv getCpv() {
        return cpv;
    }

    public void setCpv(Cpv cpv) {
        this.cpv = cpv;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getUnitNet() {
        return unitNet;
    }

    public void setUnitNet(BigDecimal unitNet) {
        this.unitNet = unitNet;
    }

    public Integer getVatPercent() {
        return vatPercent;
    }

    public void setVatPercent(Integer vatPercent) {
        this.vatPercent = vatPercent;
    }

    public boolean isKept() {
        return kept;
    }
}
