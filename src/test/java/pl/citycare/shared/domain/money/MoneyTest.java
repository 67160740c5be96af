package pl.citycare.shared.domain.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "12.345, 12.35",
            "0.005, 0.01",     // HALF_EVEN would give 0.00
            "2.675, 2.68",
            "2.665, 2.67",     // HALF_EVEN would give 2.66
            "2.664, 2.66",
            "-2.675, -2.68",   // half-up rounds away from zero
            "-0.005, -0.01",
            "7, 7.00",
            "1.5, 1.50"
    })
    void roundsHalfUpToTwoDecimals(String input, String expected) {
        Money money = Money.pln(input);

        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money.currency()).isEqualTo(Money.PLN);
    }

    @Test
    void equalityIsNumericBecauseScaleIsAlwaysTwo() {
        assertThat(Money.pln("1.5")).isEqualTo(Money.pln("1.50")).isEqualTo(Money.of(new BigDecimal("1.500"), Money.PLN));
        assertThat(Money.pln("1.5")).hasSameHashCodeAs(Money.pln("1.50"));
        assertThat(Money.pln("1.50")).isNotEqualTo(Money.of(new BigDecimal("1.50"), EUR));
    }

    @Test
    void tinyNegativeRoundsToPlainZero() {
        Money money = Money.pln("-0.004");

        assertThat(money).isEqualTo(Money.zero(Money.PLN));
        assertThat(money.isZero()).isTrue();
        assertThat(money.isNegative()).isFalse();
        assertThat(money).hasToString("0.00 PLN");
    }

    @Test
    void zeroHasScaleTwo() {
        assertThat(Money.zero(EUR).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.zero(EUR)).hasToString("0.00 EUR");
    }

    @Test
    void plusAndMinus() {
        assertThat(Money.pln("10.10").plus(Money.pln("0.95"))).isEqualTo(Money.pln("11.05"));
        assertThat(Money.pln("10.10").minus(Money.pln("12.00"))).isEqualTo(Money.pln("-1.90"));
        assertThat(Money.pln("10.10").minus(Money.pln("12.00")).isNegative()).isTrue();
        assertThat(Money.pln("3.33").minus(Money.pln("3.33")).isZero()).isTrue();
    }

    @ParameterizedTest(name = "{0} × {1} = {2}")
    @CsvSource({
            "12.35, 3, 37.05",
            "0.99, 1.5, 1.49",       // 1.485 rounded once, half-up
            "19.99, 0.333, 6.66",    // 6.65667
            "10.00, -2, -20.00",
            "10.00, 0, 0.00"
    })
    void timesRoundsTheProductOnce(String unitPrice, String quantity, String expected) {
        assertThat(Money.pln(unitPrice).times(new BigDecimal(quantity))).isEqualTo(Money.pln(expected));
    }

    @ParameterizedTest(name = "VAT {1}% of {0} = {2}")
    @CsvSource({
            "100.00, 23, 23.00",
            "10.05, 23, 2.31",       // 2.3115
            "2.50, 5, 0.13",         // 0.125: half-up, not half-even
            "0.50, 23, 0.12",        // 0.115
            "99.99, 8, 8.00",        // 7.9992
            "123.45, 0, 0.00",
            "-100.00, 23, -23.00"    // a correction invoice
    })
    void vatIsRoundedHalfUpToTheGrosz(String net, String rate, String expectedVat) {
        assertThat(Money.pln(net).vatOf(new BigDecimal(rate))).isEqualTo(Money.pln(expectedVat));
    }

    @Test
    void percentageAcceptsFractionalPercent() {
        assertThat(Money.pln("1000.00").percentage(new BigDecimal("12.5"))).isEqualTo(Money.pln("125.00"));
        assertThat(Money.pln("0.10").percentage(new BigDecimal("5"))).isEqualTo(Money.pln("0.01")); // 0.005
    }

    @Test
    void comparisons() {
        assertThat(Money.pln("10.01").isGreaterThan(Money.pln("10.00"))).isTrue();
        assertThat(Money.pln("10.00").isGreaterThan(Money.pln("10"))).isFalse();
        assertThat(Money.pln("-1.00").isGreaterThan(Money.pln("-2.00"))).isTrue();
        assertThat(Money.pln("9.99").isLessThan(Money.pln("10.00"))).isTrue();
        assertThat(Money.pln("10.00").isLessThan(Money.pln("10.00"))).isFalse();
    }

    @Test
    void differentCurrenciesDoNotMix() {
        Money pln = Money.pln("1.00");
        Money eur = Money.of(BigDecimal.ONE, EUR);

        assertThatThrownBy(() -> pln.plus(eur))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Currency mismatch: PLN and EUR");
        assertThatThrownBy(() -> pln.minus(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pln.isGreaterThan(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eur.isLessThan(pln)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> Money.of(null, Money.PLN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.pln("12,50")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void toStringShowsPlainAmountAndCode() {
        assertThat(Money.pln("1234567.8")).hasToString("1234567.80 PLN");
        assertThat(Money.pln("-0.5")).hasToString("-0.50 PLN");
    }
}
