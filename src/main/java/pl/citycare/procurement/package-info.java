/**
 * Zakupy: the programme's procurement of medical apparatus, medical equipment and protective
 * equipment, from the budget to the suppliers (and, next, requests, contracts, deliveries, invoices).
 */
package pl.citycare.procurement;
