/**
 * Przekazania: equipment handed from the city's stock to hospitals, care homes, test sites and the aid
 * centres, and the confirmation that apparatus was put into use.
 */
package pl.citycare.procurement.domain.distribution;
