package pl.citycare.procurement.domain.supplier;

/** A supplier's details as a clerk types them (NIP with or without dashes, the account with spaces). */
public record SupplierDetails(String name, String nip, String regon, String address, String iban) {
}
