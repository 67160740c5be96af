/**
 * Umowy: contracts and orders with their lines, amounts computed per line, and amendments (aneksy) kept
 * as numbered versions that stay readable.
 */
package pl.citycare.procurement.domain.contract;
