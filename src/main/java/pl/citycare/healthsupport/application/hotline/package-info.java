/** The hotline's use cases: logging calls (and, next, callbacks and the duty roster). */
package pl.citycare.healthsupport.application.hotline;
