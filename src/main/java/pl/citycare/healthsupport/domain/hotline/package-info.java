/** Linia wsparcia psychologicznego: the calls the hotline psychologists log, and the rules a call record follows. */
package pl.citycare.healthsupport.domain.hotline;
