/**
 * Polish official identifiers (NIP, REGON, PESEL, bank account number) with their checksums,
 * plus Bean Validation constraints that delegate to each identifier's {@code isValid}.
 */
package pl.citycare.shared.domain.identifiers;
