/** Procurement's demo data (fictional suppliers), loaded only with demo data on. */
package pl.citycare.procurement.demo;
