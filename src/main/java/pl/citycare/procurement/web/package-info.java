/** Procurement's pages: thin backing beans over the application services. */
package pl.citycare.procurement.web;
