/**
 * Uruchomienie: the one start-up sequence of CityCare (migrate, prepare the audit trail, demo data per
 * context in a fixed order) and the state the readiness check reports.
 */
package pl.citycare.platform.startup;
