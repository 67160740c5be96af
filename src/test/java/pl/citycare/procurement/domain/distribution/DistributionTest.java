package pl.citycare.procurement.domain.distribution;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.TestContracts;
import pl.citycare.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionTest {

    private static final LocalDate TODAY = TestContracts.TODAY;

    private static Distribution handOver(Contract contract, String inStock, boolean apparatus, String quantity, LocalDate on) {
        return Distribution.handOver(contract, 0, new BigDecimal(inStock), apparatus, RecipientKind.HOSPITAL, "Szpital Miejski",
                new BigDecimal(quantity), on, "buyer", TestContracts.NOW, TODAY);
    }

    @Test
    void stockNeverGoesBelowZeroAndTheDayMustBePlausible() {
        Contract contract = TestContracts.masksAndGoggles();
        assertThat(handOver(contract, "60", false, "60", LocalDate.of(2021, 4, 1)).getItem()).isEqualTo("Maska FFP2");
        assertRule(() -> handOver(contract, "60", false, "60.001", LocalDate.of(2021, 4, 1)), "quantity",
                "procurement.distribution.rule.aboveStock");
        assertRule(() -> handOver(contract, "60", false, "-1", LocalDate.of(2021, 4, 1)), "quantity",
                "procurement.distribution.rule.quantity");
        assertRule(() -> handOver(contract, "60", false, "1", TestContracts.SIGNED.minusDays(1)), "handedOn",
                "procurement.distribution.rule.handedOn");
        assertRule(() -> Distribution.handOver(contract, 2, BigDecimal.TEN, false, RecipientKind.HOSPITAL, "X", BigDecimal.ONE,
                LocalDate.of(2021, 4, 1), "buyer", TestContracts.NOW, TODAY), "line", "procurement.distribution.rule.line");
        assertRule(() -> Distribution.handOver(contract, 0, BigDecimal.TEN, false, null, "X", BigDecimal.ONE,
                LocalDate.of(2021, 4, 1), "buyer", TestContracts.NOW, TODAY), "recipientKind", "procurement.distribution.rule.kind");
    }

    /** Apparatus handed over is idle after the configured days until someone confirms it is in use. */
    @Test
    void apparatusNotConfirmedInUseIsIdleAfterTheConfiguredDays() {
        Distribution ventilators = handOver(TestContracts.masksAndGoggles(), "9", true, "2", LocalDate.of(2021, 4, 1));
        assertThat(ventilators.isIdle(LocalDate.of(2021, 6, 30), 90)).isFalse();
        assertThat(ventilators.isIdle(LocalDate.of(2021, 7, 1), 90)).isTrue();
        assertRule(() -> ventilators.confirmInUse(LocalDate.of(2021, 3, 31), TODAY), "putIntoUseOn",
                "procurement.distribution.rule.inUseOn");
        ventilators.confirmInUse(LocalDate.of(2021, 7, 2), TODAY);
        assertThat(ventilators.isIdle(TODAY, 90)).isFalse();
        assertRule(() -> ventilators.confirmInUse(LocalDate.of(2021, 7, 3), TODAY), "putIntoUseOn",
                "procurement.distribution.rule.notAwaitingUse");

        Distribution masks = handOver(TestContracts.masksAndGoggles(), "100", false, "10", LocalDate.of(2021, 4, 1));
        assertThat(masks.isIdle(TODAY, 90)).as("only apparatus waits for a confirmation").isFalse();
        assertRule(() -> masks.confirmInUse(LocalDate.of(2021, 4, 2), TODAY), "putIntoUseOn",
                "procurement.distribution.rule.notAwaitingUse");
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
