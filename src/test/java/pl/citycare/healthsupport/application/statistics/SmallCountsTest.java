package pl.citycare.healthsupport.application.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCountsTest {

    @Test
    void countsFromOneToFourAreSuppressedZeroAndFiveAreNot() {
        assertThat(SmallCounts.shown(0)).isEqualTo("0");
        for (int n = 1; n <= 4; n++) {
            assertThat(SmallCounts.shown(n)).isEqualTo("<5");
        }
        assertThat(SmallCounts.shown(5)).isEqualTo("5");
        assertThat(SmallCounts.shown(1234)).isEqualTo("1234");
    }
}
