package pl.citycare.testing.domain.site;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test site's rules and how its opening times become slots. */
class TestSiteTest {

    static TestSite weekdays(LocalTime opens, LocalTime closes) {
        return TestSite.register(new SiteDetails("Punkt", SiteKind.STATIONARY, "ul. Kopernika 19", null, opens, closes,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), null);
    }

    @Test
    void slotsFillTheOpeningTimesOfOpenDaysOnly() {
        TestSite site = weekdays(LocalTime.of(8, 0), LocalTime.of(9, 50));
        // Friday 2026-11-27 to Monday 2026-11-30: two open days, five whole 20-minute slots each (09:40 does not fit).
        List<TestSite.PlannedSlot> slots = site.plan(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30), 20);
        assertThat(slots).hasSize(10);
        ZonedDateTime first = slots.get(0).startsAt().atZone(TestSite.ZONE);
        assertThat(first.toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(first.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(slots.get(4).endsAt().atZone(TestSite.ZONE).toLocalTime()).isEqualTo(LocalTime.of(9, 40));
        assertThat(slots.get(5).startsAt().atZone(TestSite.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aSlotStartsAtTheLocalTimeOnBothSidesOfTheClockChange() {
        TestSite site = TestSite.register(new SiteDetails("Punkt", SiteKind.STATIONARY, "Adres", null, LocalTime.of(8, 0),
                LocalTime.of(9, 0), EnumSet.allOf(DayOfWeek.class)), null);
        List<TestSite.PlannedSlot> slots = site.plan(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), 60);
        assertThat(slots).extracting(s -> s.startsAt().atZone(TestSite.ZONE).toLocalTime()).containsOnly(LocalTime.of(8, 0));
        assertThat(java.time.Duration.between(slots.get(0).startsAt(), slots.get(1).startsAt())).hasHours(23);
    }

    @Test
    void planningAndDescribingRefuseWhatMakesNoSense() {
        TestSite site = weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0));
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertRefused(() -> site.plan(day, day.minusDays(1), 15), "to");
        assertRefused(() -> site.plan(day, day.plusDays(62), 15), "to");
        assertRefused(() -> site.plan(day, day, 4), "minutes");
        assertRefused(() -> site.plan(null, day, 15), "from");
        assertRefused(() -> TestSite.register(new SiteDetails("Mobilny", SiteKind.MOBILE, null, null, LocalTime.of(8, 0),
                LocalTime.of(9, 0), EnumSet.of(DayOfWeek.MONDAY)), null), "workSite");
        assertRefused(() -> TestSite.register(new SiteDetails("Punkt", SiteKind.STATIONARY, " ", null, LocalTime.of(8, 0),
                LocalTime.of(9, 0), EnumSet.of(DayOfWeek.MONDAY)), null), "address");
        assertRefused(() -> weekdays(LocalTime.of(9, 0), LocalTime.of(9, 0)), "closesAt");
        assertRefused(() -> TestSite.register(new SiteDetails("Punkt", SiteKind.STATIONARY, "Adres", null, LocalTime.of(8, 0),
                LocalTime.of(9, 0), EnumSet.noneOf(DayOfWeek.class)), null), "openDays");
        assertThat(site.getOpenDays()).containsExactlyElementsOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
