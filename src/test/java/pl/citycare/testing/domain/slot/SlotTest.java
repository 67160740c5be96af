package pl.citycare.testing.domain.slot;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.site.SiteDetails;
import pl.citycare.testing.domain.site.SiteKind;
import pl.citycare.testing.domain.site.TestSite;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A slot's capacity bounds, and a booking cancelled once. */
class SlotTest {

    static final TestSite SITE = TestSite.register(new SiteDetails("Punkt", SiteKind.STATIONARY, "Adres", null,
            LocalTime.of(8, 0), LocalTime.of(9, 0), EnumSet.of(DayOfWeek.MONDAY)), null);
    static final TestSite.PlannedSlot PLANNED = new TestSite.PlannedSlot(Instant.parse("2026-12-07T07:00:00Z"),
            Instant.parse("2026-12-07T07:30:00Z"));

    @Test
    void capacityIsOneToFiveHundred() {
        assertThatThrownBy(() -> new Slot(SITE, PLANNED, 0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Slot(SITE, PLANNED, 501)).isInstanceOf(RuleViolation.class);
        Slot slot = new Slot(SITE, PLANNED, 500);
        slot.changeCapacity(1);
        assertThat(slot.free()).isEqualTo(1);
    }

    @Test
    void aBookingIsCancelledOnceAndRemembersWho() {
        Booking booking = new Booking(new Slot(SITE, PLANNED, 5), null, Instant.parse("2026-12-01T10:00:00Z"), "clerk");
        booking.cancel(Instant.parse("2026-12-02T10:00:00Z"), "other");
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.auditState()).containsEntry("cancelledBy", "other").containsEntry("bookedBy", "clerk");
        assertThatThrownBy(() -> booking.cancel(Instant.parse("2026-12-03T10:00:00Z"), "clerk"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("testing.booking.rule.notActive"));
    }
}
