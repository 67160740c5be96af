/**
 * Klienci centrów: the people a First Psychological Aid Centre helps, known by a pseudonymous code; their
 * name and phone, when given at all, are sealed before they are stored.
 */
package pl.citycare.healthsupport.domain.client;
