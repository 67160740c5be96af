/** Faktury: the supplier's invoices under a contract, never above its value, and when they were paid. */
package pl.citycare.procurement.domain.invoice;
