package pl.citycare.testing.domain.slot;

/** Stan rezerwacji: booked, or cancelled (by the clerk, or when the worker was moved to another slot). */
public enum BookingStatus {
    BOOKED, CANCELLED
}
