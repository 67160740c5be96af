package pl.citycare.procurement.domain.threshold;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.request.Flag;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo dictionary of the issue: EUR 30,000 in 2020, 130,000 PLN from 2021, EU EUR 214,000 in 2020-2021. */
class ThresholdDictionaryTest {

    private static final BigDecimal RATE = new BigDecimal("4.2693");

    static ThresholdDictionary demo() {
        Threshold former = Threshold.from(ThresholdKind.NATIONAL, LocalDate.of(2020, 1, 1), Money.of(new BigDecimal("30000"), Threshold.EUR), RATE);
        Threshold current = Threshold.from(ThresholdKind.NATIONAL, LocalDate.of(2021, 1, 1), Money.pln("130000"), null);
        former.endBefore(current.getValidFrom());
        Threshold eu = Threshold.from(ThresholdKind.EU_SUPPLIES, LocalDate.of(2020, 1, 1), Money.of(new BigDecimal("214000"), Threshold.EUR), RATE);
        Threshold next = Threshold.from(ThresholdKind.EU_SUPPLIES, LocalDate.of(2022, 1, 1), Money.of(new BigDecimal("215000"), Threshold.EUR),
                new BigDecimal("4.4536"));
        eu.endBefore(next.getValidFrom());
        return new ThresholdDictionary(List.of(former, current, eu, next));
    }

    @Test
    void theThresholdsOfTheStartDateApplyAtTheirPeriodsRate() {
        ThresholdsOn in2020 = demo().on(LocalDate.of(2020, 12, 31));
        assertThat(in2020.national().orElseThrow().inPln()).isEqualTo(Money.pln("128079.00"));
        assertThat(in2020.eu().orElseThrow().inPln()).isEqualTo(Money.pln("913630.20"));
        assertThat(in2020.eurRate()).hasValue(RATE);

        ThresholdsOn in2021 = demo().on(LocalDate.of(2021, 1, 1));
        assertThat(in2021.national().orElseThrow().inPln()).isEqualTo(Money.pln("130000.00"));
        assertThat(in2021.eurRate()).as("the EU period states the rate").hasValue(RATE);
        assertThat(demo().on(LocalDate.of(2022, 6, 1)).eurRate()).hasValue(new BigDecimal("4.4536"));
        assertThat(demo().on(LocalDate.of(2019, 12, 31)).national()).isEmpty();
    }

    @Test
    void theBasisIsFlaggedWhenItDoesNotFitTheValue() {
        ThresholdsOn in2020 = demo().on(LocalDate.of(2020, 6, 1));
        assertThat(in2020.flags(Money.pln("128078.99"), LegalBasis.BELOW_NATIONAL_THRESHOLD)).isEmpty();
        assertThat(in2020.flags(Money.pln("128079.00"), LegalBasis.BELOW_NATIONAL_THRESHOLD))
                .containsExactly(Flag.BASIS_ABOVE_NATIONAL_THRESHOLD);
        assertThat(in2020.flags(Money.pln("913630.20"), LegalBasis.OPEN_PROCEDURE)).containsExactly(Flag.EU_THRESHOLD_REACHED);
        assertThat(in2020.flags(Money.pln("913630.19"), LegalBasis.OPEN_PROCEDURE)).isEmpty();
        assertThat(in2020.flags(Money.pln("5000000.00"), LegalBasis.COVID_EXEMPTION)).as("the special act has no value limit").isEmpty();

        ThresholdsOn in2021 = demo().on(LocalDate.of(2021, 6, 1));
        assertThat(in2021.flags(Money.pln("129999.99"), LegalBasis.BELOW_NATIONAL_THRESHOLD)).isEmpty();
        assertThat(in2021.flags(Money.pln("130000.00"), LegalBasis.BELOW_NATIONAL_THRESHOLD))
                .containsExactly(Flag.BASIS_ABOVE_NATIONAL_THRESHOLD);
        assertThat(demo().on(LocalDate.of(2019, 6, 1)).flags(Money.pln("1.00"), LegalBasis.OPEN_PROCEDURE))
                .containsExactly(Flag.NO_THRESHOLDS);
    }

    @Test
    void aPeriodNeedsItsFactsAndTheNextStartsAfterTheCurrent() {
        assertRule(() -> Threshold.from(null, LocalDate.of(2024, 1, 1), Money.pln("1"), null), "kind");
        assertRule(() -> Threshold.from(ThresholdKind.NATIONAL, null, Money.pln("1"), null), "validFrom");
        assertRule(() -> Threshold.from(ThresholdKind.NATIONAL, LocalDate.of(2024, 1, 1), Money.pln("0"), null), "amount");
        assertRule(() -> Threshold.from(ThresholdKind.EU_SUPPLIES, LocalDate.of(2024, 1, 1),
                Money.of(BigDecimal.TEN, Threshold.EUR), null), "eurRate");
        assertRule(() -> Threshold.from(ThresholdKind.EU_SUPPLIES, LocalDate.of(2024, 1, 1),
                Money.of(BigDecimal.TEN, Threshold.EUR), new BigDecimal("-4.5")), "eurRate");
        Threshold current = Threshold.from(ThresholdKind.NATIONAL, LocalDate.of(2021, 1, 1), Money.pln("130000"), null);
        assertRule(() -> current.endBefore(LocalDate.of(2021, 1, 1)), "validFrom");
        current.endBefore(LocalDate.of(2025, 1, 1));
        assertThat(current.getValidTo()).hasValue(LocalDate.of(2024, 12, 31));
        assertThat(current.isValidOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(current.isValidOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    private static void assertRule(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
