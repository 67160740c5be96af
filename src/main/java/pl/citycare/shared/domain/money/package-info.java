/**
 * Kwoty pieniężne: {@link pl.citycare.shared.domain.money.Money} with grosz precision and half-up rounding.
 * Keeping rounding in one type keeps invoices, subsidies and VAT lines adding up the same way everywhere.
 */
package pl.citycare.shared.domain.money;
