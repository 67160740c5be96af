package pl.citycare.healthsupport.application.roster;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.roster.DutyRoster.RosterDay;
import pl.citycare.healthsupport.domain.roster.Interval;
import pl.citycare.shared.application.Rejected;
import pl.citycare.support.AsHealthCoordinator;
import pl.citycare.support.AsHotlinePsychologist;
import pl.citycare.support.Beans;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The duty roster inside Payara Micro: hours without cover, no double shifts, who sees what. Runs in {@code CityCareIT}. */
public interface DutyRosterTests {

    @Test
    default void aShiftShrinksTheUncoveredHoursAndAPsychologistCannotBeOnTwoShiftsAtOnce() throws Exception {
        ZoneId krakow = ZoneId.of("Europe/Warsaw");
        // A Wednesday years ahead, so that no other test's shift is there.
        LocalDate monday = LocalDate.now(krakow).plusWeeks(200 + (long) (Math.random() * 2000))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);
        Instant eight = wednesday.atTime(LocalTime.of(8, 0)).atZone(krakow).toInstant();
        Instant two = wednesday.atTime(LocalTime.of(14, 0)).atZone(krakow).toInstant();
        Instant eightPm = wednesday.atTime(LocalTime.of(20, 0)).atZone(krakow).toInstant();
        AsHealthCoordinator coordinator = Beans.get(AsHealthCoordinator.class);
        DutyRoster roster = Beans.get(DutyRoster.class);

        RosterDay before = coordinator.call(() -> roster.week(monday)).get(2);
        assertThat(before.uncovered()).containsExactly(new Interval(eight, eightPm));

        coordinator.call(() -> roster.plan("hotline", eight, two)); // the demo hotline psychologist
        RosterDay after = coordinator.call(() -> roster.week(monday)).get(2);
        assertThat(after.shifts()).extracting(DutyRoster.ShiftView::psychologist).containsExactly("hotline");
        assertThat(after.uncovered()).containsExactly(new Interval(two, eightPm));
        assertThat(coordinator.call(() -> roster.week(monday)).get(5).open()).as("Saturday: closed").isEmpty();

        assertThatThrownBy(() -> coordinator.call(() -> roster.plan("hotline", two.minusSeconds(3600), eightPm)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("health.roster.rule.overlap"));
        assertThatThrownBy(() -> coordinator.call(() -> roster.plan("centre", two, eightPm)))
                .isInstanceOfSatisfying(Rejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("health.roster.rule.notHotlinePsychologist"));
        assertThatThrownBy(() -> Beans.get(AsHotlinePsychologist.class).call(() -> roster.plan("hotline", two, eightPm)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(Beans.get(AsHotlinePsychologist.class).call(() -> roster.myShifts(eight.minusSeconds(1), 10)))
                .as("the run-as psychologist has no shifts of its own").isEmpty();
    }
}
