package pl.citycare.procurement.domain.request;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.request.SplitOrders.Candidate;
import pl.citycare.shared.domain.money.Money;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SplitOrdersTest {

    private static final Money NATIONAL = Money.pln("130000.00");

    private static Candidate candidate(long id, Cpv cpv, String start, String net) {
        return new Candidate(id, cpv, LocalDate.parse(start), Money.pln(net), NATIONAL);
    }

    @Test
    void requestsOfOneCpvGroupAndYearThatTogetherReachTheThresholdAreACandidate() {
        List<SplitOrders.Group> groups = SplitOrders.find(List.of(
                candidate(1, Cpv.MEDICAL_DEVICES, "2021-03-01", "70000.00"),
                // same group 331 (respiratory devices), same year: 70,000 + 60,000 = the threshold exactly
                candidate(2, Cpv.RESPIRATORY_DEVICES, "2021-09-15", "60000.00"),
                // another group (181)
                candidate(3, Cpv.PROTECTIVE_GEAR, "2021-03-01", "120000.00"),
                // group 331 but another year
                candidate(4, Cpv.MEDICAL_DEVICES, "2022-01-10", "129000.00")));

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.cpvGroup()).isEqualTo("331");
            assertThat(group.year()).isEqualTo(2021);
            assertThat(group.requestIds()).containsExactly(1L, 2L);
            assertThat(group.total()).isEqualTo(Money.pln("130000.00"));
        });
    }

    @Test
    void aGroupBelowTheThresholdOrOfOneRequestIsNoCandidate() {
        assertThat(SplitOrders.find(List.of(
                candidate(1, Cpv.MEDICAL_DEVICES, "2021-03-01", "70000.00"),
                candidate(2, Cpv.MEDICAL_DEVICES, "2021-04-01", "59999.99"),
                candidate(3, Cpv.DISPOSABLE_GLOVES, "2021-04-01", "129999.99")))).isEmpty();
    }

    /** Where the threshold changed within a year, the lowest counts. */
    @Test
    void theLowestThresholdOfTheYearCounts() {
        List<SplitOrders.Group> groups = SplitOrders.find(List.of(
                new Candidate(1, Cpv.PROTECTIVE_GEAR, LocalDate.of(2020, 2, 1), Money.pln("64000.00"), Money.pln("128079.00")),
                new Candidate(2, Cpv.PROTECTIVE_GEAR, LocalDate.of(2020, 11, 1), Money.pln("64079.00"), Money.pln("130000.00"))));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.threshold()).isEqualTo(Money.pln("128079.00")));
    }
}
