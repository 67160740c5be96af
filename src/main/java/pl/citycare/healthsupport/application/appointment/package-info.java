/** Booking, moving and closing appointments at the centres, and the centres' waiting lists. */
package pl.citycare.healthsupport.application.appointment;
