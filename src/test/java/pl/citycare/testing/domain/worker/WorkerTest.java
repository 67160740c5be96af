package pl.citycare.testing.domain.worker;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.employer.EmployerDetails;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worker's rules: names in their scripts, age, passport form, and personal values kept out of the trail. */
class WorkerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Employer FARM = Employer.register(new EmployerDetails("Farma", "6260181591", null, "Adres 1",
            "Jan Kowalski", null, null));

    static WorkerDetails details(String surname, String cyrillic, LocalDate born, String passport) {
        return new WorkerDetails(surname, "TARAS", cyrillic, "Тарас", born, "ua", passport, "+380 50 123 4567",
                PreferredLanguage.UK, 1L, null);
    }

    @Test
    void namesAreKeptAndTheSearchKeyHoldsBothScriptsAndTheTransliteration() {
        Worker worker = Worker.register(details("SHEVCHENKO", "Шевченко", LocalDate.of(1990, 5, 1), "fa 123-456"), FARM, TODAY);

        assertThat(worker.getPassport()).isEqualTo("FA123456");
        assertThat(worker.details().nationality()).isEqualTo("UA");
        assertThat(Worker.searchKey("Shevchenko", "Taras", "Шевченко", "Тарас"))
                .isEqualTo("SHEVCHENKO TARAS | ШЕВЧЕНКО ТАРАС | SHEVCHENKO TARAS");
        assertThat(Worker.searchKey("Kowalski", "Jan", null, null)).isEqualTo("KOWALSKI JAN");
    }

    @Test
    void eachFieldIsCheckedAndNamedWhenWrong() {
        LocalDate adult = LocalDate.of(1990, 5, 1);
        assertRefused(details("Шевченко", null, adult, "FA123456"), "surname");
        assertRefused(details("SHEVCHENKO", "Shevchenko", adult, "FA123456"), "surnameCyrillic");
        assertRefused(details("SHEVCHENKO", null, TODAY.minusYears(15).plusDays(1), "FA123456"), "birthDate");
        assertRefused(details("SHEVCHENKO", null, TODAY.minusYears(100), "FA123456"), "birthDate");
        assertRefused(details("SHEVCHENKO", null, adult, "FA12"), "passport");
        assertRefused(details("SHEVCHENKO", null, adult, "FA12345<"), "passport");
        assertRefused(new WorkerDetails("SHEVCHENKO", "TARAS", null, null, adult, "XX", "FA123456", null,
                PreferredLanguage.UK, 1L, null), "nationality");
        assertRefused(new WorkerDetails("SHEVCHENKO", "TARAS", null, null, adult, "UA", "FA123456", "call me",
                PreferredLanguage.UK, 1L, null), "phone");
        assertThatThrownBy(() -> Worker.register(details("SHEVCHENKO", null, adult, "FA123456"), null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("employer"));
        // Apostrophes, hyphens and dots belong to names.
        assertThat(Worker.register(details("O'NEIL-SMITH", "Лук'яненко", TODAY.minusYears(15), "FA123456"), FARM, TODAY)
                .details().surname()).isEqualTo("O'NEIL-SMITH");
    }

    @Test
    void theTrailGetsFingerprintsThatChangeWithTheValueButNeverTheValue() {
        Worker worker = Worker.register(details("SHEVCHENKO", "Шевченко", LocalDate.of(1990, 5, 1), "FA123456"), FARM, TODAY);
        var before = worker.auditState();
        assertThat(before.values().toString()).doesNotContain("FA123456").doesNotContain("SHEVCHENKO").doesNotContain("1990");
        assertThat((String) before.get("passport")).matches("#[0-9a-f]{12}");
        assertThat(before.get("language")).isEqualTo(PreferredLanguage.UK);

        worker.describe(details("SHEVCHENKO", "Шевченко", LocalDate.of(1990, 5, 1), "FA654321"), FARM, TODAY);
        var after = worker.auditState();
        assertThat(after.get("passport")).isNotEqualTo(before.get("passport"));
        assertThat(after.get("surname")).isEqualTo(before.get("surname"));
        // Another worker with the same passport gets another fingerprint: the key is the worker's own.
        Worker other = Worker.register(details("SHEVCHENKO", null, LocalDate.of(1990, 5, 1), "FA654321"), FARM, TODAY);
        assertThat(other.auditState().get("passport")).isNotEqualTo(after.get("passport"));
    }

    private static void assertRefused(WorkerDetails details, String field) {
        assertThatThrownBy(() -> Worker.register(details, FARM, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
