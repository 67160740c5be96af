package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.TestingStatistics.Figures;
import pl.citycare.testing.application.TestingStatistics.Report;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statistics over real samples in the database, per employer and per day. Runs in {@code CityCareIT}. */
public interface TestingStatisticsTests {

    @Test
    default void anEmployersSamplesAreCountedWithTheirPositivity() throws Exception {
        List<SlotView> slots = BookingsTests.freshSlots(3);
        var employer = WorkersTests.freshEmployer("Farma Statystyk IT " + System.nanoTime());
        List<WorkerView> workers = BookingsTests.freshWorkers(employer, 3);
        ResultDocumentsTests.answeredSample(workers.get(0), slots.get(0), TestResult.POSITIVE);
        ResultDocumentsTests.answeredSample(workers.get(1), slots.get(0), TestResult.NEGATIVE);
        ResultDocumentsTests.answeredSample(workers.get(2), slots.get(0), TestResult.PENDING);

        LocalDate today = LocalDate.now(TestSite.ZONE);
        Report report = Beans.get(AsTestingClerk.class).call(() -> Beans.get(TestingStatistics.class).report(today.minusDays(6), today));
        Figures farm = report.byEmployer().stream().filter(f -> f.label().equals(employer.details().name())).findFirst().orElseThrow();
        assertThat(farm.tests()).isEqualTo(3);
        assertThat(farm.answered()).isEqualTo(2);
        assertThat(farm.positive()).isEqualTo(1);
        assertThat(farm.positivityPercent()).isEqualTo(50.0);
        assertThat(farm.medianTurnaroundHours()).isLessThan(1.0);
        assertThat(report.byDay()).hasSize(7);
        assertThat(report.byDay().get(6).label()).isEqualTo(today.toString());
        assertThat(report.byDay().get(6).tests()).isGreaterThanOrEqualTo(3);
        assertThat(report.total().tests()).isEqualTo(report.byDay().stream().mapToLong(Figures::tests).sum());

        assertThatThrownBy(() -> Beans.get(AsTestingClerk.class).call(() -> Beans.get(TestingStatistics.class).report(today, today.minusDays(1))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.stats.rule.period"));
    }
}
