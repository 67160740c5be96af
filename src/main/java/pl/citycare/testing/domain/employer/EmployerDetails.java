package pl.citycare.testing.domain.employer;

import java.io.Serializable;

/** What the clerk types about an employer, as typed (the aggregate checks and normalises it). */
public record EmployerDetails(String name, String nip, String regon, String address, String contactPerson,
                              String contactPhone, String contactEmail) implements Serializable {
}
