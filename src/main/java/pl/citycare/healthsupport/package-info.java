/**
 * Wsparcie psychologiczne: the free consultation phone line and the First Psychological Aid Centres.
 * Tables {@code hs_*}; other contexts see only {@code application} services and events.
 */
package pl.citycare.healthsupport;
