package pl.citycare.shared.domain.identifiers;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class IdentifierConstraintsTest {

    /** A form-like bean: Strings as typed, checked by the annotations. */
    static final class Applicant {
        @ValidNip
        String nip;
        @ValidRegon
        String regon;
        @ValidPesel
        String pesel;
        @ValidIban
        String account;
        List<@ValidNip String> partnerNips = List.of();

        Applicant(String nip, String regon, String pesel, String account) {
            this.nip = nip;
            this.regon = regon;
            this.pesel = pesel;
            this.account = account;
        }
    }

    private static final Applicant INVALID = new Applicant("1234563219", "123456789", "90023001230", "PL62109010140000071219812874");

    private Locale originalLocale;

    @BeforeEach
    void rememberLocale() {
        originalLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(originalLocale);
    }

    @Test
    void acceptsValidFormattedInput() {
        Applicant applicant = new Applicant("123-456-32-18", "123456785", "44051401359", "PL61 1090 1014 0000 0712 1981 2874");
        applicant.partnerNips = List.of("5260250274", "774-000-14-54");

        assertThat(validate(applicant)).isEmpty();
    }

    @Test
    void nullIsValidSoPresenceIsLeftToNotNull() {
        assertThat(validate(new Applicant(null, null, null, null))).isEmpty();
    }

    @Test
    void blankIsInvalid() {
        assertThat(messageTemplatesByField(new Applicant("", " ", "", "")))
                .containsOnlyKeys("nip", "regon", "pesel", "account");
    }

    @Test
    void reportsEachInvalidFieldWithItsMessageKey() {
        assertThat(messageTemplatesByField(INVALID)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nip", "{citycare.validation.nip}",
                "regon", "{citycare.validation.regon}",
                "pesel", "{citycare.validation.pesel}",
                "account", "{citycare.validation.iban}"));
    }

    @Test
    void checksContainerElements() {
        Applicant applicant = new Applicant(null, null, null, null);
        applicant.partnerNips = List.of("5260250274", "5260250275");

        assertThat(validate(applicant))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.getPropertyPath()).hasToString("partnerNips[1].<list element>");
                    assertThat(violation.getInvalidValue()).isEqualTo("5260250275");
                });
    }

    @Test
    void resolvesPolishMessagesWhenPolishIsTheDefaultLocale() {
        Locale.setDefault(new Locale("pl"));

        assertThat(messagesByField(INVALID)).containsOnly(
                entry("nip", "Nieprawidłowy NIP: sprawdź 10 cyfr i cyfrę kontrolną."),
                entry("regon", "Nieprawidłowy REGON: wpisz 9 lub 14 cyfr i sprawdź cyfrę kontrolną."),
                entry("pesel", "Nieprawidłowy PESEL: sprawdź 11 cyfr, datę urodzenia i cyfrę kontrolną."),
                entry("account", "Nieprawidłowy numer rachunku bankowego: wpisz 26 cyfr "
                        + "(opcjonalnie poprzedzonych literami PL) i sprawdź cyfry kontrolne."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "uk | Неправильний NIP: перевірте 10 цифр і контрольну цифру.",
            "en | Invalid NIP: check that it has 10 digits and a correct check digit."
    })
    void resolvesOtherLanguages(String language, String expectedNipMessage) {
        Locale.setDefault(new Locale(language));

        assertThat(messagesByField(INVALID)).containsEntry("nip", expectedNipMessage);
    }

    private static Set<ConstraintViolation<Applicant>> validate(Applicant applicant) {
        // Built per call: the factory reads the default locale when it is created.
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(applicant);
        }
    }

    private static Map<String, String> messageTemplatesByField(Applicant applicant) {
        return validate(applicant).stream().collect(Collectors.toMap(
                violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate));
    }

    private static Map<String, String> messagesByField(Applicant applicant) {
        return validate(applicant).stream().collect(Collectors.toMap(
                violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }
}
