/** The health programme's statistics for the coordinator, and their exports with small counts suppressed. */
package pl.citycare.healthsupport.application.statistics;
