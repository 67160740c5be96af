package pl.citycare.shared.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Kwota pieniężna: an amount in one currency, always held to the grosz (two decimals).
 * <p>
 * Every amount, including each intermediate result, is rounded half-up to two decimals as it is
 * created, the way Polish invoices and VAT lines round. Because the scale is always 2, record
 * equality is numeric equality: {@code Money.pln("1.5").equals(Money.pln("1.50"))}.
 * Pass amounts as {@code String} or {@code BigDecimal}, never {@code double}: {@code 2.675} as a
 * double is really 2.67499… and would round down.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final Currency PLN = Currency.getInstance("PLN");

    private static final int SCALE = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Złote from a decimal string, e.g. {@code "12.345"} → 12.35 PLN. */
    public static Money pln(String amount) {
        return new Money(new BigDecimal(amount), PLN);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Unit price times quantity (may be fractional, e.g. 1.5 h); the product is rounded once, half-up. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity), currency);
    }

    /** {@code percent} per cent of this amount, e.g. 23 → 23 %, rounded half-up to the grosz. */
    public Money percentage(BigDecimal percent) {
        // movePointLeft is exact, so the only rounding is the one in the constructor.
        return new Money(amount.multiply(percent).movePointLeft(2), currency);
    }

    /** VAT due on this net amount at a rate given in per cent (23, 8, 5, 0), rounded half-up to the grosz. */
    public Money vatOf(BigDecimal ratePercent) {
        return percentage(ratePercent);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    public boolean isLessThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) < 0;
    }

    /** E.g. {@code "12.35 PLN"}; for logs and tests, not for display (that is locale-dependent). */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Currency mismatch: " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
        }
    }
}
