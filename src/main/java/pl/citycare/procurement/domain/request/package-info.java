/** Wnioski: what a procurement clerk asks to buy, and the approver's decision on it. */
package pl.citycare.procurement.domain.request;
