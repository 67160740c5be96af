/** Procurement's aggregates: the fund and its budget lines, suppliers. */
package pl.citycare.procurement.domain;
