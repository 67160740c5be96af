package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditChainVerifier;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;
import pl.citycare.testing.application.Employers.EmployerView;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.TestingRetention.BatchResult;
import pl.citycare.testing.application.TestingRetention.DueWorker;
import pl.citycare.testing.application.TestingStatistics.Figures;
import pl.citycare.testing.application.Workers.WorkerFilter;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention purge inside Payara Micro: the dry run names exactly the workers past the period (never
 * tested, or last tested long ago; not those tested or booked since), the run anonymises them, destroys
 * their fingerprint keys, keeps their samples in the statistics and the audit chain intact. Runs in
 * {@code CityCareIT}.
 */
public interface TestingRetentionTests {

    @Test
    default void workersPastThePeriodAreAnonymisedAfterADryRunAndStatisticsAndTheChainStay() throws Exception {
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        TestingRetention retention = Beans.get(TestingRetention.class);
        Workers workers = Beans.get(Workers.class);
        EmployerView farm = WorkersTests.freshEmployer("Farma Dawnych Sezonów IT " + System.nanoTime());
        List<WorkerView> made = BookingsTests.freshWorkers(farm, 4);
        WorkerView neverTested = made.get(0);
        WorkerView testedLongAgo = made.get(1);
        WorkerView testedNow = made.get(2);
        WorkerView bookedAhead = made.get(3);
        List<SlotView> slots = BookingsTests.freshSlots(4);
        SampleView oldSample = ResultDocumentsTests.answeredSample(testedLongAgo, slots.get(2), TestResult.POSITIVE);
        ResultDocumentsTests.answeredSample(testedNow, slots.get(0), TestResult.NEGATIVE);
        clerk.call(() -> Beans.get(Bookings.class).book(bookedAhead.details().passport(), slots.get(1).id(), false));
        clerk.call(() -> workers.update(neverTested.id(), neverTested.version(), WorkersTests.worker("DAWNY", "Давній",
                neverTested.details().passport(), farm.id())));

        // Thirty months pass for all four; the sample of one of them was taken then.
        LocalDate longAgo = LocalDate.now(TestSite.ZONE).minusMonths(30);
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(30);
        TestCentres.update("UPDATE ts_worker SET registered_on = ? WHERE employer_id = ?", longAgo, farm.id());
        TestCentres.update("UPDATE ts_sample SET collected_at = ?, result_at = ? WHERE id = ?", then, then.plusHours(20), oldSample.id());
        TestCentres.update("UPDATE ts_slot SET starts_at = ?, ends_at = ? WHERE id = ?", then, then.plusMinutes(30), slots.get(2).id());
        LocalDate sampleDay = then.atZoneSameInstant(TestSite.ZONE).toLocalDate();
        long testsBefore = employerTests(farm.details().name(), sampleDay);
        assertThat(testsBefore).isEqualTo(1);

        TestingRetention.RetentionReport dry = clerk.call(retention::dryRun);
        assertThat(dry.months()).isEqualTo(24);
        assertThat(dry.dueWorkers()).isGreaterThanOrEqualTo(2);
        assertThat(dry.workers()).filteredOn(w -> w.employerName().equals(farm.details().name()))
                .extracting(DueWorker::id, DueWorker::samples, DueWorker::lastTestOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(neverTested.id(), 0L, null),
                        org.assertj.core.groups.Tuple.tuple(testedLongAgo.id(), 1L, sampleDay));
        assertThat(clerk.call(() -> workers.worker(neverTested.id())).orElseThrow().details().surname())
                .as("the dry run changes nothing").isEqualTo("DAWNY");

        int anonymised = 0;
        for (BatchResult batch = clerk.call(retention::runBatch); !batch.nothing(); batch = clerk.call(retention::runBatch)) {
            anonymised += batch.workers();
        }
        assertThat(anonymised).isGreaterThanOrEqualTo(2);
        WorkerView gone = clerk.call(() -> workers.worker(neverTested.id())).orElseThrow();
        assertThat(gone.details().surname()).isEqualTo("ANONYMISED");
        assertThat(gone.details().surnameCyrillic()).isNull();
        assertThat(gone.details().passport()).isEqualTo("ANON" + neverTested.id()).isNotEqualTo(neverTested.details().passport());
        assertThat(gone.details().birthDate()).isEqualTo(LocalDate.of(1991, 1, 1));
        assertThat(TestCentres.queryString("SELECT personal_key FROM ts_worker WHERE id = ?", neverTested.id())).isNull();
        assertThat(clerk.call(() -> workers.search(new WorkerFilter(neverTested.details().passport(), null), List.of(), 0, 5))).isEmpty();
        assertThat(clerk.call(() -> workers.worker(testedNow.id())).orElseThrow().details().surname()).isEqualTo("BOOKING");
        assertThat(clerk.call(() -> workers.worker(bookedAhead.id())).orElseThrow().details().surname()).isEqualTo("BOOKING");

        // The trail keeps every event, the new one says what went without saying what it was; the chain holds.
        var events = new AuditEventQuery(Beans.dataSource()).newest("Worker", String.valueOf(neverTested.id()), 0, 5);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).changes()).contains("anonymisedOn").contains("passport").doesNotContain("DAWNY")
                .doesNotContain("Давній").doesNotContain(neverTested.details().passport());
        assertThat(new AuditChainVerifier(Beans.dataSource()).verify().intact()).isTrue();
        assertThat(employerTests(farm.details().name(), sampleDay)).as("statistics keep their counts").isEqualTo(testsBefore);
        assertThat(clerk.call(retention::dryRun).workers()).extracting(DueWorker::id).doesNotContain(neverTested.id(), testedLongAgo.id());
        assertThatThrownBy(() -> clerk.call(() -> workers.update(gone.id(), gone.version(), WorkersTests.worker("NOWY", null,
                WorkersTests.freshPassport(), farm.id()))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.worker.rule.anonymised"));
    }

    private static long employerTests(String employer, LocalDate day) throws Exception {
        return Beans.get(AsTestingClerk.class).call(() -> Beans.get(TestingStatistics.class).report(day, day)).byEmployer().stream()
                .filter(f -> f.label().equals(employer)).mapToLong(Figures::tests).sum();
    }
}
