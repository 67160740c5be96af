package pl.citycare.healthsupport.application.appointment;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.appointment.Appointments.AppointmentView;
import pl.citycare.healthsupport.application.appointment.Appointments.Booking;
import pl.citycare.healthsupport.application.appointment.Appointments.StatusChange;
import pl.citycare.healthsupport.application.client.Clients;
import pl.citycare.healthsupport.application.client.ClientsTests;
import pl.citycare.healthsupport.domain.appointment.AppointmentStatus;
import pl.citycare.shared.application.Rejected;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appointments inside Payara Micro: nobody double-booked, even at once; the waiting list. Runs in {@code CityCareIT}. */
public interface AppointmentsTests {

    private static Appointments appointments() {
        return Beans.get(Appointments.class);
    }

    private static AsCentrePsychologist psychologist() {
        return Beans.get(AsCentrePsychologist.class);
    }

    /** A fresh centre with the run-as psychologist and a colleague, and some clients of it. */
    private static List<String> centreWithClients(String centre, String colleague, int clients) throws Exception {
        TestCentres.assignPsychologist(centre);
        TestCentres.update("INSERT INTO hs_centre_psychologist (centre_code, username) VALUES (?, ?)", centre, colleague);
        var codes = new ArrayList<String>();
        for (int i = 0; i < clients; i++) {
            codes.add(psychologist().call(() -> Beans.get(Clients.class).register(centre, ClientsTests.facts(null, null))));
        }
        return codes;
    }

    /** A quarter-hour far enough ahead not to meet any other test's bookings. */
    private static Instant someFutureQuarterHour() {
        long days = 30 + (long) (Math.random() * 3000);
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    /** The appointment starting in the hour from {@code start}, as the calendar page shows it (its current version). */
    private static AppointmentView current(String centre, Instant start, String psychologist) throws Exception {
        return psychologist().call(() -> appointments().calendar(centre, start,
                start.plus(1, ChronoUnit.HOURS), psychologist)).get(0);
    }

    @Test
    default void eightClerksBookingOnePsychologistAtOnceGetExactlyOneAppointment() throws Exception {
        String centre = TestCentres.create();
        String colleague = "it-colleague-" + centre.toLowerCase(java.util.Locale.ROOT);
        List<String> clients = centreWithClients(centre, colleague, 8);
        Instant start = someFutureQuarterHour();
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch go = new CountDownLatch(1);
        var attempts = new ArrayList<Future<AppointmentView>>();
        for (String client : clients) {
            attempts.add(executor.submit((Callable<AppointmentView>) () -> {
                go.await(30, TimeUnit.SECONDS);
                return psychologist().call(() -> appointments().book(new Booking(centre, client, colleague, start, 60)));
            }));
        }
        go.countDown();
        int booked = 0;
        var refusals = new ArrayList<String>();
        for (Future<AppointmentView> attempt : attempts) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                booked++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(Rejected.class);
                refusals.add(((Rejected) e.getCause()).messageKey());
            }
        }
        assertThat(booked).isEqualTo(1);
        assertThat(refusals).hasSize(7).allMatch(key -> key.equals("health.appointment.rule.psychologistBusy")
                || key.equals("health.appointment.rule.justTaken"));
        assertThat(TestCentres.queryString("SELECT CAST(COUNT(*) AS VARCHAR(10)) FROM hs_appointment_slot WHERE psychologist = ?",
                colleague)).isEqualTo("4");
    }

    @Test
    default void aClientIsNeverInTwoAppointmentsAtOnceEvenWithTwoPsychologists() throws Exception {
        String centre = TestCentres.create();
        String colleague = "it-colleague-" + centre.toLowerCase(java.util.Locale.ROOT);
        String client = centreWithClients(centre, colleague, 1).get(0);
        Instant start = someFutureQuarterHour();
        AppointmentView booked = psychologist().call(() -> appointments().book(new Booking(centre, client, colleague, start, 60)));
        // Moved by a quarter-hour, it overlaps its own old time: its old quarter-hours must not stand in its way.
        AppointmentView moved = psychologist().call(() -> appointments().move(booked.id(), current(centre, start, colleague).version(),
                start.plus(15, ChronoUnit.MINUTES), 60));
        assertThat(moved.startsAt()).isEqualTo(start.plus(15, ChronoUnit.MINUTES));

        assertThatThrownBy(() -> psychologist().call(() -> appointments().book(
                new Booking(centre, client, TestCentres.PSYCHOLOGIST, start.plus(45, ChronoUnit.MINUTES), 30))))
                .isInstanceOfSatisfying(Rejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("health.appointment.rule.clientBusy"));
        // Straight into the table, past the service: the unique key refuses the same quarter-hour.
        long appointmentId = Long.parseLong(TestCentres.queryString(
                "SELECT CAST(MIN(appointment_id) AS VARCHAR(20)) FROM hs_appointment_slot WHERE psychologist = ?", colleague));
        long clientId = Long.parseLong(TestCentres.queryString(
                "SELECT CAST(id AS VARCHAR(20)) FROM hs_client WHERE code = ?", client));
        assertThatThrownBy(() -> TestCentres.update("INSERT INTO hs_appointment_slot (appointment_id, psychologist, client_id, "
                + "slot_start) VALUES (?, ?, ?, ?)", appointmentId, "someone-else", clientId,
                java.time.OffsetDateTime.ofInstant(start.plus(15, ChronoUnit.MINUTES), java.time.ZoneOffset.UTC)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    default void aCancelledTimeIsProposedToTheFirstWaitingClientWhoFits() throws Exception {
        String centre = TestCentres.create();
        String colleague = "it-colleague-" + centre.toLowerCase(java.util.Locale.ROOT);
        List<String> clients = centreWithClients(centre, colleague, 3);
        Instant start = someFutureQuarterHour();
        AppointmentView booked = psychologist().call(() -> appointments().book(new Booking(centre, clients.get(0), colleague, start, 60)));
        psychologist().call(() -> {
            appointments().addToWaitingList(centre, clients.get(1), TestCentres.PSYCHOLOGIST); // waits for someone else
            appointments().addToWaitingList(centre, clients.get(2), null);
            return null;
        });
        assertThatThrownBy(() -> psychologist().call(() -> {
            appointments().addToWaitingList(centre, clients.get(2), null);
            return null;
        })).isInstanceOf(Rejected.class);

        AppointmentView current = psychologist().call(() -> appointments().calendar(centre, start,
                start.plus(1, ChronoUnit.HOURS), colleague)).get(0); // as the calendar page shows it
        assertThat(current.id()).isEqualTo(booked.id());
        StatusChange cancelled = psychologist().call(() -> appointments().changeStatus(current.id(), current.version(),
                AppointmentStatus.CANCELLED_BY_CENTRE));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED_BY_CENTRE);
        assertThat(cancelled.proposal()).hasValueSatisfying(p -> {
            assertThat(p.clientCode()).isEqualTo(clients.get(2));
            assertThat(p.startsAt()).isEqualTo(start);
        });

        AppointmentView rebooked = psychologist().call(() -> appointments().book(new Booking(centre, clients.get(2), colleague, start, 60)));
        assertThat(psychologist().call(() -> appointments().waitingList(centre))).extracting(Appointments.Waiting::clientCode)
                .containsExactly(clients.get(1));
        assertThat(psychologist().call(() -> appointments().calendar(centre, start, start.plus(1, ChronoUnit.DAYS), colleague)))
                .extracting(AppointmentView::status)
                .containsExactlyInAnyOrder(AppointmentStatus.CANCELLED_BY_CENTRE, AppointmentStatus.PLANNED);
        assertThat(rebooked.clientCode()).isEqualTo(clients.get(2));
    }
}
