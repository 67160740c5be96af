/** Notifications of positive results to the employer and the sanitary station, and the worker's isolation period. */
package pl.citycare.testing.domain.notification;
