package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.testing.application.Samples.Registration;
import pl.citycare.testing.application.Samples.SampleFilter;
import pl.citycare.testing.application.Samples.SampleRow;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.sample.TestType;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Samples and results inside Payara Micro: registration at a booked slot, one pending sample per worker and
 * slot, unique barcodes, results by hand and corrected with a reason, reads of results in the audit
 * trail, and the retest an inconclusive result asks for. Runs in {@code CityCareIT}.
 */
public interface SamplesTests {

    static String freshBarcode() {
        return "IT-" + (100_000_000L + new Random().nextInt(900_000_000));
    }

    static Registration registration(String passport, String barcode) {
        return new Registration(passport, barcode, TestType.RT_PCR, null, "Irena Testowa", "Laboratorium IT");
    }

    @Test
    default void aSampleIsTakenOnlyFromABookedWorkerOncePerSlotWithItsOwnBarcode() throws Exception {
        Samples samples = Beans.get(Samples.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        List<SlotView> slots = BookingsTests.freshSlots(3);
        List<WorkerView> workers = BookingsTests.freshWorkers(WorkersTests.freshEmployer("Farma Próbek IT"), 2);
        String booked = workers.get(0).details().passport();
        clerk.call(() -> Beans.get(Bookings.class).book(booked, slots.get(0).id(), false));

        assertThatThrownBy(() -> clerk.call(() -> samples.register(slots.get(0).id(),
                registration(workers.get(1).details().passport(), freshBarcode()))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.sample.rule.notBooked"));
        String barcode = freshBarcode();
        SampleView sample = clerk.call(() -> samples.register(slots.get(0).id(), registration(booked, barcode.toLowerCase())));
        assertThat(sample.barcode()).isEqualTo(barcode);
        assertThat(sample.result()).isEqualTo(TestResult.PENDING);
        assertThat(sample.collectedBy()).isEqualTo("Irena Testowa");
        assertThatThrownBy(() -> clerk.call(() -> samples.register(slots.get(0).id(), registration(booked, freshBarcode()))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.sample.rule.pendingHere"));

        clerk.call(() -> Beans.get(Bookings.class).book(workers.get(1).details().passport(), slots.get(0).id(), false));
        assertThatThrownBy(() -> clerk.call(() -> samples.register(slots.get(0).id(),
                registration(workers.get(1).details().passport(), barcode))))
                .isInstanceOfSatisfying(Samples.DuplicateBarcode.class, d -> assertThat(d.existingId()).isEqualTo(sample.id()));

        List<SampleRow> pending = clerk.call(() -> samples.search(new SampleFilter(barcode, false, null), List.of(), 0, 10));
        assertThat(pending).extracting(SampleRow::id).containsExactly(sample.id());
        assertThat(clerk.call(() -> samples.search(new SampleFilter(barcode, true, null), List.of(), 0, 10))).isEmpty();
        // The worker's passport (part of it, in any case) and surname find the sample too; another worker's do not.
        String passportPart = booked.substring(1, booked.length() - 1).toLowerCase(java.util.Locale.ROOT);
        assertThat(clerk.call(() -> samples.search(new SampleFilter(passportPart, null, null), List.of(), 0, 10)))
                .extracting(SampleRow::id).containsExactly(sample.id());
        assertThat(clerk.call(() -> samples.count(new SampleFilter(booked, null, null)))).isEqualTo(1);
        assertThat(clerk.call(() -> samples.search(new SampleFilter(workers.get(0).details().surname(), null, null), List.of(), 0, 1000)))
                .extracting(SampleRow::id).contains(sample.id());
        assertThat(clerk.call(() -> samples.count(new SampleFilter(workers.get(1).details().passport(), null, null)))).isZero();
    }

    @Test
    default void resultsAreEnteredCorrectedWithAReasonAndEveryReadIsInTheTrail() throws Exception {
        Samples samples = Beans.get(Samples.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        List<SlotView> slots = BookingsTests.freshSlots(3);
        WorkerView worker = BookingsTests.freshWorkers(WorkersTests.freshEmployer("Farma Wyników IT"), 1).get(0);
        clerk.call(() -> Beans.get(Bookings.class).book(worker.details().passport(), slots.get(0).id(), false));
        SampleView sample = clerk.call(() -> samples.register(slots.get(0).id(), registration(worker.details().passport(), freshBarcode())));

        Instant answered = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SampleView positive = clerk.call(() -> samples.recordResult(sample.id(), sample.version(), TestResult.POSITIVE, answered));
        assertThat(positive.resultBy()).isEqualTo("it-testing-clerk");
        assertThatThrownBy(() -> clerk.call(() -> samples.correctResult(sample.id(), positive.version(), TestResult.NEGATIVE,
                answered, " "))).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("reason"));
        SampleView corrected = clerk.call(() -> samples.correctResult(sample.id(), positive.version(), TestResult.INCONCLUSIVE,
                answered, "Laboratorium poprawiło wynik"));
        assertThat(corrected.result()).isEqualTo(TestResult.INCONCLUSIVE);

        var trail = new AuditEventQuery(Beans.dataSource());
        AuditEventView correction = trail.newest("Sample", String.valueOf(sample.id()), 0, 1).get(0);
        assertThat(correction.reason()).isEqualTo("Laboratorium poprawiło wynik");
        assertThat(correction.changes()).contains("POSITIVE").contains("INCONCLUSIVE");

        clerk.call(() -> samples.sample(sample.id()));
        assertThat(trail.newest("Sample", String.valueOf(sample.id()), 0, 1).get(0).action()).isEqualTo(pl.citycare.shared.audit.AuditAction.READ);
        assertThat(clerk.call(() -> samples.resultsOf(worker.id()))).extracting(SampleView::result).containsExactly(TestResult.INCONCLUSIVE);
        // (In-container calls run as a @RunAs bean, which the trail names "system"; a page names the clerk.)
        assertThat(trail.newest("WorkerResults", String.valueOf(worker.id()), 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(pl.citycare.shared.audit.AuditAction.READ));

        // Inconclusive asks for a retest: the next slot with a free place at the same site.
        Samples.RetestSlot retest = clerk.call(() -> samples.retestSlot(sample.id())).orElseThrow();
        assertThat(retest.slotId()).as("the slot after the sample's own").isEqualTo(slots.get(1).id());
        clerk.call(() -> Beans.get(Bookings.class).bookWorker(worker.id(), retest.slotId(), true));
        assertThat(BookingsTests.slot(slots.get(1).id()).booked()).isEqualTo(1);
    }
}
