package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.testing.application.TestingStatistics.Figures;
import pl.citycare.testing.application.TestingStatistics.Row;
import pl.citycare.testing.domain.sample.TestResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a group's figures are counted: positivity among decided answers, the median time to result. */
class TestingStatisticsTest {

    static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

    static Row row(TestResult result, Long hoursToResult) {
        return new Row(LocalDate.of(2026, 11, 20), "Farma", "Punkt", result, T, hoursToResult == null ? null : T.plusSeconds(hoursToResult * 3600));
    }

    @Test
    void positivityCountsOnlyNegativeAndPositiveAnswersAndTheMedianIsTheMiddle() {
        Figures f = TestingStatistics.figures("x", List.of(row(TestResult.POSITIVE, 20L), row(TestResult.NEGATIVE, 30L),
                row(TestResult.NEGATIVE, 24L), row(TestResult.INCONCLUSIVE, 40L), row(TestResult.PENDING, null)));
        assertThat(f.tests()).isEqualTo(5);
        assertThat(f.answered()).isEqualTo(4);
        assertThat(f.positive()).isEqualTo(1);
        assertThat(f.positivityPercent()).isEqualTo(33.3);
        assertThat(f.medianTurnaroundHours()).isEqualTo(27.0); // (24 + 30) / 2
    }

    @Test
    void nothingAnsweredHasNoRatesRatherThanZero() {
        Figures f = TestingStatistics.figures("x", List.of(row(TestResult.PENDING, null)));
        assertThat(f.positivityPercent()).isNull();
        assertThat(f.medianTurnaroundHours()).isNull();
        assertThat(TestingStatistics.median(List.of(90L))).isEqualTo(1.5);
    }
}
