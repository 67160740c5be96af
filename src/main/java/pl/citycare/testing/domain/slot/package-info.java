/** Slots (terminy) at a test site with their capacity, and the workers' bookings into them. */
package pl.citycare.testing.domain.slot;
