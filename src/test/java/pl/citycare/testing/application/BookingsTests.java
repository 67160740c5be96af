package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.Bookings.BookingView;
import pl.citycare.testing.application.Bookings.GroupResult;
import pl.citycare.testing.application.Employers.EmployerView;
import pl.citycare.testing.application.TestSites.SiteView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.site.SiteDetails;
import pl.citycare.testing.domain.site.SiteKind;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Test sites, slots and bookings inside Payara Micro: planning, booking one worker and a group, moving,
 * cancelling, and a slot that never exceeds its capacity under concurrent booking. Runs in {@code CityCareIT}.
 */
public interface BookingsTests {

    /** A new stationary site open every day 08:00–10:00 with 30-minute slots of {@code capacity} next month. */
    static List<SlotView> freshSlots(int capacity) throws Exception {
        TestSites sites = Beans.get(TestSites.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        SiteView site = clerk.call(() -> sites.register(new SiteDetails("Punkt IT " + System.nanoTime(), SiteKind.STATIONARY,
                "ul. Testowa 1, Kraków", null, LocalTime.of(8, 0), LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class))));
        LocalDate day = LocalDate.now(TestSite.ZONE).plusDays(30);
        TestSites.PlanResult result = clerk.call(() -> sites.planSlots(site.id(), day, day, 30, capacity));
        assertThat(result.created()).isEqualTo(4);
        assertThat(clerk.call(() -> sites.planSlots(site.id(), day, day, 30, capacity)))
                .as("planning again adds nothing").isEqualTo(new TestSites.PlanResult(0, 4));
        return clerk.call(() -> sites.slots(site.id(), day.atStartOfDay(TestSite.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(TestSite.ZONE).toInstant()));
    }

    static List<WorkerView> freshWorkers(EmployerView employer, int count) throws Exception {
        Workers workers = Beans.get(Workers.class);
        var made = new ArrayList<WorkerView>();
        for (int i = 0; i < count; i++) {
            made.add(Beans.get(AsTestingClerk.class).call(() -> workers.register(
                    WorkersTests.worker("BOOKING", null, WorkersTests.freshPassport(), employer.id()))));
        }
        return made;
    }

    static SlotView slot(long id) throws Exception {
        return Beans.get(AsTestingClerk.class).call(() -> Beans.get(TestSites.class).slot(id)).orElseThrow();
    }

    @Test
    default void aWorkerIsBookedOnceMovedWithHisPlaceAndCancelled() throws Exception {
        Bookings bookings = Beans.get(Bookings.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        List<SlotView> slots = freshSlots(2);
        WorkerView worker = freshWorkers(WorkersTests.freshEmployer("Farma Zapisów IT"), 1).get(0);
        String passport = worker.details().passport();

        BookingView first = clerk.call(() -> bookings.book(passport.toLowerCase(), slots.get(0).id(), false));
        assertThat(first.bookedBy()).isEqualTo("it-testing-clerk");
        assertThat(slot(slots.get(0).id()).free()).isEqualTo(1);
        assertThatThrownBy(() -> clerk.call(() -> bookings.book(passport, slots.get(0).id(), false)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.booking.rule.sameSlot"));
        assertThatThrownBy(() -> clerk.call(() -> bookings.book(passport, slots.get(1).id(), false)))
                .isInstanceOfSatisfying(Bookings.AlreadyBooked.class, a -> assertThat(a.existing().id()).isEqualTo(first.id()));
        assertThatThrownBy(() -> clerk.call(() -> bookings.book("NO" + passport, slots.get(1).id(), false)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("passport"));

        BookingView moved = clerk.call(() -> bookings.book(passport, slots.get(1).id(), true));
        assertThat(slot(slots.get(0).id()).free()).as("the old place is free again").isEqualTo(2);
        assertThat(slot(slots.get(1).id()).free()).isEqualTo(1);
        assertThat(clerk.call(() -> bookings.ofWorker(worker.id()))).extracting(BookingView::status)
                .containsExactlyInAnyOrder(pl.citycare.testing.domain.slot.BookingStatus.BOOKED,
                        pl.citycare.testing.domain.slot.BookingStatus.CANCELLED);

        assertThatThrownBy(() -> clerk.call(() -> Beans.get(TestSites.class).changeCapacity(slots.get(1).id(), 0)))
                .isInstanceOf(Rejected.class);
        clerk.call(() -> bookings.cancel(moved.id()));
        assertThat(slot(slots.get(1).id()).free()).isEqualTo(2);
        assertThat(clerk.call(() -> bookings.inSlot(slots.get(1).id()))).isEmpty();
        assertThatThrownBy(() -> clerk.call(() -> bookings.cancel(moved.id()))).isInstanceOf(Rejected.class);
    }

    @Test
    default void aGroupFillsTheSlotsInOrderAndIsNotBookedTwice() throws Exception {
        Bookings bookings = Beans.get(Bookings.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        List<SlotView> slots = freshSlots(3);
        EmployerView employer = WorkersTests.freshEmployer("Farma Grupowa IT");
        freshWorkers(employer, 7);

        // From the second slot on: 3 + 3 + 1, the first slot untouched.
        GroupResult result = clerk.call(() -> bookings.bookGroup(employer.id(), slots.get(1).id()));
        assertThat(result).isEqualTo(new GroupResult(7, 0, 0));
        assertThat(List.of(slot(slots.get(0).id()).booked(), slot(slots.get(1).id()).booked(), slot(slots.get(2).id()).booked(),
                slot(slots.get(3).id()).booked())).containsExactly(0, 3, 3, 1);
        assertThat(clerk.call(() -> bookings.bookGroup(employer.id(), slots.get(0).id()))).isEqualTo(new GroupResult(0, 7, 0));

        EmployerView big = WorkersTests.freshEmployer("Farma Za Duża IT");
        freshWorkers(big, 4);
        assertThat(clerk.call(() -> bookings.bookGroup(big.id(), slots.get(3).id()))).isEqualTo(new GroupResult(2, 0, 2));
    }

    /**
     * A slot of five with three places taken; fifty clerks book fifty workers into it at the same moment, each on
     * a thread of its own: exactly the last two get in, the rest hear that the slot is full (issue 12, item 6).
     */
    @Test
    default void fiftyClerksBookingTheLastPlacesNeverExceedTheCapacity() throws Exception {
        SlotView slot = freshSlots(5).get(0);
        List<WorkerView> workers = freshWorkers(WorkersTests.freshEmployer("Farma Tłumu IT"), 53);
        for (WorkerView early : workers.subList(0, 3)) {
            Beans.get(AsTestingClerk.class).call(() -> Beans.get(Bookings.class).bookWorker(early.id(), slot.id(), false));
        }
        var threads = (jakarta.enterprise.concurrent.ManagedThreadFactory) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedThreadFactory");
        var executor = java.util.concurrent.Executors.newFixedThreadPool(50, threads);
        try {
            CountDownLatch ready = new CountDownLatch(50);
            CountDownLatch go = new CountDownLatch(1);
            var attempts = new ArrayList<Future<BookingView>>();
            for (WorkerView worker : workers.subList(3, 53)) {
                attempts.add(executor.submit((Callable<BookingView>) () -> {
                    ready.countDown();
                    go.await(60, TimeUnit.SECONDS);
                    return Beans.get(AsTestingClerk.class).call(() -> Beans.get(Bookings.class).bookWorker(worker.id(), slot.id(), false));
                }));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("fifty threads waiting at the gate").isTrue();
            go.countDown();
            int booked = 0;
            for (Future<BookingView> attempt : attempts) {
                try {
                    attempt.get(120, TimeUnit.SECONDS);
                    booked++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(Rejected.class,
                            r -> assertThat(r.messageKey()).isEqualTo("testing.booking.rule.full"));
                }
            }
            assertThat(booked).isEqualTo(2);
        } finally {
            executor.shutdownNow();
        }
        assertThat(slot(slot.id()).booked()).isEqualTo(5);
        assertThat(Beans.get(AsTestingClerk.class).call(() -> Beans.get(Bookings.class).inSlot(slot.id()))).hasSize(5);
        assertThat(new pl.citycare.shared.audit.AuditChainVerifier(Beans.dataSource()).verify().intact())
                .as("the bookings audited at once left one unbroken chain").isTrue();
    }

    @Test
    default void aWorkSiteAMobileTeamGoesToStays() throws Exception {
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        Employers employers = Beans.get(Employers.class);
        EmployerView farm = WorkersTests.freshEmployer("Farma Mobilna IT");
        EmployerView withSite = clerk.call(() -> employers.addSite(farm.id(), "Pole", "Pole 1"));
        long workSite = withSite.sites().get(0).id();
        SiteView mobile = clerk.call(() -> Beans.get(TestSites.class).register(new SiteDetails("Mobilny IT " + System.nanoTime(),
                SiteKind.MOBILE, "ignored", workSite, LocalTime.of(7, 0), LocalTime.of(9, 0), EnumSet.of(DayOfWeek.MONDAY))));
        assertThat(mobile.where()).isEqualTo("Pole, Pole 1");
        assertThat(mobile.details().address()).isNull();
        assertThatThrownBy(() -> clerk.call(() -> employers.removeSite(farm.id(), workSite)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.employer.rule.siteInUse"));
    }
}
