package pl.citycare.procurement.domain.contract;

import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Pozycja umowy as agreed: item, CPV, quantity and unit, unit net price and VAT rate. Net, VAT and gross
 * are computed here and nowhere else: net = unit price × quantity, VAT = net × rate, each rounded half-up
 * to the grosz, gross = net + VAT (VAT per line, as Polish invoices compute it).
 */
public record LineTerms(String item, Cpv cpv, BigDecimal quantity, String unit, Money unitNet, VatRate vatRate) {

    public static final int ITEM_MAX = 300;
    public static final int UNIT_MAX = 20;
    /** More than a million units of one line is a typing error in this programme. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    /** So is a unit price above 10 million PLN. */
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("10000000");

    /** @throws RuleViolation for the first field that breaks a rule (fields {@code item}, {@code quantity}, ...) */
    public LineTerms {
        item = item == null ? "" : item.strip();
        unit = unit == null ? "" : unit.strip();
        require(!item.isEmpty() && item.length() <= ITEM_MAX, "item", "procurement.contract.rule.item");
        require(cpv != null, "cpv", "procurement.contract.rule.cpv");
        require(quantity != null && quantity.signum() > 0 && quantity.compareTo(MAX_QUANTITY) <= 0
                && quantity.stripTrailingZeros().scale() <= 3, "quantity", "procurement.contract.rule.quantity");
        require(!unit.isEmpty() && unit.length() <= UNIT_MAX, "unit", "procurement.contract.rule.unit");
        require(unitNet != null && unitNet.currency().equals(Money.PLN) && unitNet.amount().signum() > 0
                && unitNet.amount().compareTo(MAX_UNIT_PRICE) <= 0, "unitNet", "procurement.contract.rule.unitNet");
        require(vatRate != null, "vatRate", "procurement.contract.rule.vatRate");
    }

    public Money net() {
        return unitNet.times(quantity);
    }

    public Money vat() {
        return net().vatOf(vatRate.asPercent());
    }

    public Money gross() {
        return net().plus(vat());
    }
}
