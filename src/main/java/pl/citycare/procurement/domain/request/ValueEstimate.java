package pl.citycare.procurement.domain.request;

import pl.citycare.procurement.domain.threshold.Threshold;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Szacunkowa wartość zamówienia: the estimated net value in zloty and the PLN/EUR rate it is stated
 * at, so that the value in euro is always the same figure for whoever re-computes it.
 */
public record ValueEstimate(Money net, BigDecimal eurRate) {

    private static final BigDecimal MAX_RATE = new BigDecimal("100");

    /** @throws RuleViolation for a value that is not a positive PLN amount, or a rate that is not a rate */
    public ValueEstimate {
        require(net != null && net.currency().equals(Money.PLN) && net.amount().signum() > 0, "estimatedNet",
                "procurement.request.rule.value");
        require(eurRate != null && eurRate.signum() > 0 && eurRate.compareTo(MAX_RATE) < 0 && eurRate.scale() <= 4,
                "eurRate", "procurement.request.rule.rate");
        eurRate = eurRate.setScale(4, RoundingMode.UNNECESSARY);
    }

    /** The net value in euro at the stated rate, rounded half-up to the cent. */
    public Money inEuro() {
        return Money.of(net.amount().divide(eurRate, 2, RoundingMode.HALF_UP), Threshold.EUR);
    }
}
