package pl.citycare.testing.domain.worker;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the clerk (or an employer's list) says about a worker, as typed: names as in the passport (Latin)
 * and optionally in Cyrillic, and the employer by id.
 */
public record WorkerDetails(String surname, String givenNames, String surnameCyrillic, String givenNamesCyrillic,
                            LocalDate birthDate, String nationality, String passport, String phone,
                            PreferredLanguage language, Long employerId, String accommodation) implements Serializable {
}
