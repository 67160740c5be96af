/** Wizyty: appointments of clients with the centres' psychologists, and each centre's waiting list. */
package pl.citycare.healthsupport.domain.appointment;
