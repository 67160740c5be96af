/** Dostawy i protokoły odbioru: what arrived under a contract, line by line, never more than contracted. */
package pl.citycare.procurement.domain.delivery;
