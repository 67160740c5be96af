package pl.citycare.healthsupport.domain.appointment;

import java.util.EnumSet;
import java.util.Set;

/** Status wizyty. Only the first four hold the appointment's time; the others have given it up. */
public enum AppointmentStatus {
    PLANNED, CONFIRMED, ARRIVED, ATTENDED, CANCELLED_BY_CLIENT, CANCELLED_BY_CENTRE, LATE_CANCELLATION, NO_SHOW;

    /** Whether an appointment in this status occupies its time (for overlap checks). */
    public boolean holdsTime() {
        return this == PLANNED || this == CONFIRMED || this == ARRIVED || this == ATTENDED;
    }

    /** The statuses a clerk may set next from this one. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(CONFIRMED, ARRIVED, CANCELLED_BY_CLIENT, CANCELLED_BY_CENTRE, NO_SHOW);
            case CONFIRMED -> EnumSet.of(ARRIVED, CANCELLED_BY_CLIENT, CANCELLED_BY_CENTRE, NO_SHOW);
            case ARRIVED -> EnumSet.of(ATTENDED);
            default -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }
}
