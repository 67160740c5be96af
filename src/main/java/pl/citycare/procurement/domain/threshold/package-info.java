/**
 * Progi: the value thresholds of public procurement law, each valid for a period, and the checks a
 * request's legal basis and value are held against.
 */
package pl.citycare.procurement.domain.threshold;
