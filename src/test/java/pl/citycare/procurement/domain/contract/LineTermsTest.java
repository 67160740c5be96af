package pl.citycare.procurement.domain.contract;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineTermsTest {

    static LineTerms line(String quantity, String unitNet, VatRate rate) {
        return new LineTerms("Pulsoksymetr napalcowy", Cpv.MEDICAL_DEVICES, new BigDecimal(quantity), "szt.", Money.pln(unitNet), rate);
    }

    @Test
    void netVatAndGrossAreComputedPerLineAndRoundedHalfUpToTheGrosz() {
        LineTerms oximeters = line("600", "99.99", VatRate.REDUCED_8);
        assertThat(oximeters.net()).isEqualTo(Money.pln("59994.00"));
        assertThat(oximeters.vat()).isEqualTo(Money.pln("4799.52"));
        assertThat(oximeters.gross()).isEqualTo(Money.pln("64793.52"));

        // 2.5 kg at 0.99 = 2.475 → 2.48; 23 % of 2.48 = 0.5704 → 0.57
        LineTerms fractional = line("2.5", "0.99", VatRate.STANDARD);
        assertThat(fractional.net()).isEqualTo(Money.pln("2.48"));
        assertThat(fractional.vat()).isEqualTo(Money.pln("0.57"));
        assertThat(fractional.gross()).isEqualTo(Money.pln("3.05"));
        assertThat(line("10", "5.00", VatRate.ZERO).gross()).isEqualTo(Money.pln("50.00"));
    }

    @Test
    void aNegativeOrAbsurdQuantityAPriceOfNothingOrAMissingFieldIsRefused() {
        assertRule(() -> line("-1", "10.00", VatRate.STANDARD), "quantity");
        assertRule(() -> line("0", "10.00", VatRate.STANDARD), "quantity");
        assertRule(() -> line("1000001", "10.00", VatRate.STANDARD), "quantity");
        assertRule(() -> line("1.0001", "10.00", VatRate.STANDARD), "quantity");
        assertRule(() -> line("1", "0.00", VatRate.STANDARD), "unitNet");
        assertRule(() -> line("1", "10000000.01", VatRate.STANDARD), "unitNet");
        assertRule(() -> line("1", "10.00", null), "vatRate");
        assertRule(() -> new LineTerms(" ", Cpv.MEDICAL_DEVICES, BigDecimal.ONE, "szt.", Money.pln("1"), VatRate.ZERO), "item");
        assertRule(() -> new LineTerms("Maski", null, BigDecimal.ONE, "szt.", Money.pln("1"), VatRate.ZERO), "cpv");
        assertRule(() -> new LineTerms("Maski", Cpv.PROTECTIVE_GEAR, BigDecimal.ONE, "", Money.pln("1"), VatRate.ZERO), "unit");
        assertThat(line("1000000", "10.00", VatRate.STANDARD).quantity()).isEqualByComparingTo("1000000");
        assertThat(VatRate.ofPercent(7)).as("no 7 % rate in Poland").isEmpty();
        assertThat(VatRate.ofPercent(23)).hasValue(VatRate.STANDARD);
    }

    private static void assertRule(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
