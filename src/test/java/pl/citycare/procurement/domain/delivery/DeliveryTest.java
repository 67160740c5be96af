package pl.citycare.procurement.domain.delivery;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.TestContracts;
import pl.citycare.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    private static final Instant NOW = TestContracts.NOW;
    private static final LocalDate TODAY = TestContracts.TODAY;
    private static final LocalDate SIGNED = TestContracts.SIGNED;

    private static Contract contract() {
        return TestContracts.masksAndGoggles();
    }

    private static List<BigDecimal> quantities(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    private static Delivery accept(Map<Integer, BigDecimal> before, String... quantities) {
        return Delivery.accept(contract(), "PO/1", LocalDate.of(2021, 3, 5), "Jan Kowalski", quantities(quantities), before,
                "buyer", NOW, TODAY);
    }

    @Test
    void aPartialDeliveryTakesTheLinesWithAQuantityAndCompletingALineIsAllowed() {
        Delivery delivery = accept(Map.of(), "60", null);
        assertThat(delivery.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getLineNo()).isEqualTo(1);
            assertThat(l.getItem()).isEqualTo("Maska FFP2");
            assertThat(l.getQuantity()).isEqualByComparingTo("60");
        });
        assertThat(accept(Map.of(1, new BigDecimal("60")), "40", "40").getLines()).hasSize(2);
    }

    @Test
    void neverMoreThanContractedAndTheDatesAndQuantitiesMustBePlausible() {
        assertRule(() -> accept(Map.of(1, new BigDecimal("60")), "40.001", null), "lines:0:quantity",
                "procurement.delivery.rule.aboveContract");
        assertRule(() -> accept(Map.of(), null, "41"), "lines:1:quantity", "procurement.delivery.rule.aboveContract");
        assertRule(() -> accept(Map.of(), "-1", null), "lines:0:quantity", "procurement.delivery.rule.quantity");
        assertRule(() -> accept(Map.of(), null, null), "lines", "procurement.delivery.rule.lines");
        assertRule(() -> Delivery.accept(contract(), "PO/1", SIGNED.minusDays(1), "Jan Kowalski", quantities("1"), Map.of(),
                "buyer", NOW, TODAY), "deliveredOn", "procurement.delivery.rule.deliveredOn");
        assertRule(() -> Delivery.accept(contract(), "PO/1", TODAY.plusDays(1), "Jan Kowalski", quantities("1"), Map.of(),
                "buyer", NOW, TODAY), "deliveredOn", "procurement.delivery.rule.deliveredOn");
        assertRule(() -> Delivery.accept(contract(), " ", SIGNED, "Jan Kowalski", quantities("1"), Map.of(), "buyer", NOW, TODAY),
                "protocolNumber", "procurement.delivery.rule.protocol");
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
