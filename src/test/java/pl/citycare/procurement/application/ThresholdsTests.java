package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.threshold.Threshold;
import pl.citycare.procurement.domain.threshold.ThresholdKind;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The thresholds dictionary inside Payara Micro: the migration's values, and an administrator adding the next period. Runs in {@code CityCareIT}. */
public interface ThresholdsTests {

    @Test
    default void theAdministratorAddsTheNextPeriodWhichEndsTheCurrentOne() throws Exception {
        Thresholds thresholds = Beans.get(Thresholds.class);
        assertThat(Beans.get(AsAuditor.class).call(thresholds::periods))
                .filteredOn(p -> p.kind() == ThresholdKind.NATIONAL && p.validFrom().equals(LocalDate.of(2020, 1, 1)))
                .singleElement().satisfies(p -> {
                    assertThat(p.validTo()).isEqualTo(LocalDate.of(2020, 12, 31));
                    assertThat(p.inPln()).isEqualTo(Money.pln("128079.00"));
                });

        Money eu2022 = Money.of(new BigDecimal("215000"), Threshold.EUR);
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> thresholds.addPeriod(ThresholdKind.EU_SUPPLIES,
                LocalDate.of(2022, 1, 1), eu2022, new BigDecimal("4.4536")))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> thresholds.addPeriod(ThresholdKind.EU_SUPPLIES,
                LocalDate.of(2020, 1, 1), eu2022, new BigDecimal("4.4536")))).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("procurement.threshold.rule.afterCurrent"));
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> thresholds.addPeriod(ThresholdKind.EU_SUPPLIES,
                LocalDate.of(2022, 1, 1), eu2022, null))).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.field()).isEqualTo("eurRate"));

        Beans.get(AsAdministrator.class).call(() -> thresholds.addPeriod(ThresholdKind.EU_SUPPLIES, LocalDate.of(2022, 1, 1),
                eu2022, new BigDecimal("4.4536")));

        assertThat(Beans.get(AsAuditor.class).call(thresholds::periods)).filteredOn(p -> p.kind() == ThresholdKind.EU_SUPPLIES)
                .extracting(Thresholds.PeriodView::validFrom, Thresholds.PeriodView::validTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 1, 1), null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
        assertThat(Beans.get(AsAuditor.class).call(() -> thresholds.on(LocalDate.of(2023, 3, 1))).eurRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("4.4536"));
    }
}
