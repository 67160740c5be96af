package pl.citycare.healthsupport.domain.roster;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTest {

    private static final ZoneId KRAKOW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private static Instant at(String time) {
        return THURSDAY.atTime(java.time.LocalTime.parse(time)).atZone(KRAKOW).toInstant();
    }

    @Test
    void theScheduleGivesEachDayItsOpenHoursInKrakowTime() {
        OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00; SAT 10:00-14:00");
        assertThat(hours.on(THURSDAY, KRAKOW)).containsExactly(new Interval(at("08:00"), at("20:00")));
        assertThat(hours.on(THURSDAY.plusDays(2), KRAKOW)).hasSize(1);
        assertThat(hours.on(THURSDAY.plusDays(3), KRAKOW)).as("Sunday").isEmpty();
        assertThat(OpeningHours.parse("SUN 20:00-24:00").on(THURSDAY.plusDays(3), KRAKOW).get(0).to())
                .isEqualTo(THURSDAY.plusDays(4).atStartOfDay(KRAKOW).toInstant());
        assertThatThrownBy(() -> OpeningHours.parse("MON-FRI 8-20")).hasMessageContaining("MON-FRI 8-20");
        assertThatThrownBy(() -> OpeningHours.parse("MON 20:00-08:00")).hasMessageContaining("ends before it starts");
    }

    @Test
    void hoursWithoutCoverAreTheOpenHoursNoShiftTouches() {
        List<Interval> open = List.of(new Interval(at("08:00"), at("20:00")));
        assertThat(Interval.uncovered(open, List.of())).containsExactly(new Interval(at("08:00"), at("20:00")));
        assertThat(Interval.uncovered(open, List.of(new Interval(at("07:00"), at("12:00")),
                new Interval(at("11:00"), at("14:00")), new Interval(at("16:00"), at("18:00")))))
                .containsExactly(new Interval(at("14:00"), at("16:00")), new Interval(at("18:00"), at("20:00")));
        assertThat(Interval.uncovered(open, List.of(new Interval(at("06:00"), at("21:00"))))).isEmpty();
    }

    @Test
    void aShiftEndsAfterItStartsAndLastsAtMostTwelveHours() {
        assertThatThrownBy(() -> DutyShift.plan("hotline", at("10:00"), at("10:00"), "coordinator"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("health.roster.rule.endAfterStart"));
        assertThatThrownBy(() -> DutyShift.plan("hotline", at("06:00"), at("18:30"), "coordinator"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("health.roster.rule.tooLong"));
        assertThat(DutyShift.plan("hotline", at("08:00"), at("20:00"), "coordinator").interval().to()).isEqualTo(at("20:00"));
    }
}
