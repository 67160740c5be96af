package pl.citycare.healthsupport.domain.appointment;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:07:00Z");
    private static final Instant TOMORROW_TEN = Instant.parse("2026-11-27T09:00:00Z");

    private static Appointment book(Instant start, int minutes) {
        return Appointment.book(7L, "CPPP1", "centre", start, minutes, "centre", NOW);
    }

    @Test
    void anAppointmentHoldsEachOfItsQuarterHours() {
        Appointment a = book(TOMORROW_TEN, 60);
        assertThat(a.occupiedSlots()).extracting(OccupiedSlot::getSlotStart).containsExactlyInAnyOrder(
                TOMORROW_TEN, TOMORROW_TEN.plus(15, ChronoUnit.MINUTES), TOMORROW_TEN.plus(30, ChronoUnit.MINUTES),
                TOMORROW_TEN.plus(45, ChronoUnit.MINUTES));
        assertThat(a.getEndsAt()).isEqualTo(TOMORROW_TEN.plus(1, ChronoUnit.HOURS));
        assertThat(a.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
    }

    @Test
    void timesOffTheQuarterHourInThePastOrOfABadLengthAreRefused() {
        assertRule(() -> book(TOMORROW_TEN.plus(10, ChronoUnit.MINUTES), 60), "startsAt", "health.appointment.rule.quarterHour");
        assertRule(() -> book(Instant.parse("2026-11-25T09:00:00Z"), 60), "startsAt", "health.appointment.rule.startInPast");
        assertRule(() -> book(TOMORROW_TEN, 50), "minutes", "health.appointment.rule.length");
        assertRule(() -> book(TOMORROW_TEN, 255), "minutes", "health.appointment.rule.length");
        assertRule(() -> book(null, 60), "startsAt", "health.appointment.rule.startRequired");
    }

    @Test
    void aClientsCancellationWithin24HoursIsLateAndFreesTheTime() {
        Appointment early = book(Instant.parse("2026-11-30T09:00:00Z"), 60);
        assertThat(early.changeStatus(AppointmentStatus.CANCELLED_BY_CLIENT, NOW)).isEqualTo(AppointmentStatus.CANCELLED_BY_CLIENT);
        assertThat(early.occupiedSlots()).isEmpty();

        Appointment late = book(TOMORROW_TEN, 60);
        assertThat(late.changeStatus(AppointmentStatus.CANCELLED_BY_CLIENT, NOW)).isEqualTo(AppointmentStatus.LATE_CANCELLATION);
        assertThat(late.occupiedSlots()).isEmpty();
    }

    @Test
    void statusesFollowTheVisitAndANoShowComesOnlyAfterTheStart() {
        Appointment a = book(TOMORROW_TEN, 45);
        assertRule(() -> a.changeStatus(AppointmentStatus.NO_SHOW, NOW), "status", "health.appointment.rule.noShowBeforeStart");
        assertRule(() -> a.changeStatus(AppointmentStatus.ATTENDED, NOW), "status", "health.appointment.rule.statusNotAllowed");
        a.changeStatus(AppointmentStatus.CONFIRMED, NOW);
        a.changeStatus(AppointmentStatus.ARRIVED, TOMORROW_TEN);
        a.changeStatus(AppointmentStatus.ATTENDED, TOMORROW_TEN.plus(45, ChronoUnit.MINUTES));
        assertThat(a.getStatus()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(a.occupiedSlots()).as("an attended appointment keeps its time").hasSize(3);
        assertRule(() -> a.move(TOMORROW_TEN.plus(1, ChronoUnit.DAYS), 45, NOW), "startsAt", "health.appointment.rule.cannotMove");
    }

    @Test
    void aMovedAppointmentHoldsItsNewTimeAndIsToBeConfirmedAgain() {
        Appointment a = book(TOMORROW_TEN, 30);
        a.changeStatus(AppointmentStatus.CONFIRMED, NOW);
        Instant later = TOMORROW_TEN.plus(15, ChronoUnit.MINUTES);
        a.move(later, 30, NOW);
        assertThat(a.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
        assertThat(a.occupiedSlots()).extracting(OccupiedSlot::getSlotStart)
                .containsExactlyInAnyOrder(later, later.plus(15, ChronoUnit.MINUTES));
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
