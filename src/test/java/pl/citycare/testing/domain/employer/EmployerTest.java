package pl.citycare.testing.domain.employer;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The employer's rules: checked identifiers, contact data, and work sites without repeats. */
class EmployerTest {

    static EmployerDetails details(String nip, String regon, String phone, String email) {
        return new EmployerDetails(" Sady Wieliczka ", nip, regon, "ul. Sadowa 4", "Janina Sadowska", phone, email);
    }

    @Test
    void identifiersAreKeptAsDigitsAndTextsStripped() {
        Employer employer = Employer.register(details("626-018-15-91", "423 194 873", "+48 12 555 01 01", "a@b.pl"));
        assertThat(employer.getNip()).isEqualTo("6260181591");
        assertThat(employer.details().regon()).isEqualTo("423194873");
        assertThat(employer.getName()).isEqualTo("Sady Wieliczka");
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertRefused(details("6260181592", null, null, null), "nip");
        assertRefused(details("6260181591", "423194874", null, null), "regon");
        assertRefused(details("6260181591", null, "telefon", null), "contactPhone");
        assertRefused(details("6260181591", null, null, "nie-mail"), "contactEmail");
        assertRefused(new EmployerDetails("Sady", "6260181591", null, "Adres", " ", null, null), "contactPerson");
    }

    @Test
    void aSiteNameIsNotRepeatedAndBlankSitesAreRefused() {
        Employer employer = Employer.register(details("6260181591", null, null, null));
        employer.addSite("Sad Grabówki", "Grabówki 12");
        assertThatThrownBy(() -> employer.addSite("sad grabówki ", "Inny adres"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("siteName"));
        assertThatThrownBy(() -> employer.addSite("Chłodnia", " "))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("siteAddress"));
        assertThat(employer.getSites()).extracting(WorkSite::getName).containsExactly("Sad Grabówki");
    }

    private static void assertRefused(EmployerDetails details, String field) {
        assertThatThrownBy(() -> Employer.register(details))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
