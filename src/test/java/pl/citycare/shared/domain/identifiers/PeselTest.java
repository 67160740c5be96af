package pl.citycare.shared.domain.identifiers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeselTest {

    // Check digit = (10 − sum mod 10) mod 10 over weights 1,3,7,9,1,3,7,9,1,3. Checked by hand, e.g.
    // 44051401359: 4+12+0+45+1+12+0+9+3+15 = 101 → (10 − 1) mod 10 = 9.
    // 02270803624: 0+6+14+63+0+24+0+27+6+6 = 146 → (10 − 6) mod 10 = 4.
    // 99923101237: 9+27+63+18+3+3+0+9+2+9 = 143 → 7.
    // 25411200047: 2+15+28+9+1+6+0+0+0+12 = 73 → 7.
    @ParameterizedTest(name = "{0}: born {1}, {2}")
    @CsvSource({
            "85810101239, 1885-01-01, MALE",    // month 81 → January of the 1800s
            "99923101237, 1899-12-31, MALE",    // month 92 → December of the 1800s
            "04822900012, 1804-02-29, MALE",    // month 82; 1804 was a leap year
            "02070803628, 1902-07-08, FEMALE",
            "44051401359, 1944-05-14, MALE",
            "60041504570, 1960-04-15, MALE",
            "87042812349, 1987-04-28, FEMALE",
            "90090515836, 1990-09-05, MALE",
            "02270803624, 2002-07-08, FEMALE",  // month 27 → July of the 2000s
            "00222900122, 2000-02-29, FEMALE",  // 2000 was a leap year
            "25411200047, 2125-01-12, FEMALE",  // month 41 → January of the 2100s
            "50723100170, 2250-12-31, MALE"     // month 72 → December of the 2200s
    })
    void derivesBirthDateAndSex(String raw, LocalDate birthDate, Sex sex) {
        Pesel pesel = Pesel.of(raw);

        assertThat(Pesel.isValid(raw)).isTrue();
        assertThat(pesel.value()).isEqualTo(raw);
        assertThat(pesel.birthDate()).isEqualTo(birthDate);
        assertThat(pesel.sex()).isEqualTo(sex);
    }

    // Each of these has a correct check digit, so only the date makes it invalid.
    @ParameterizedTest
    @ValueSource(strings = {
            "90130501232",  // month 13
            "00930100014",  // month 93: no century uses it
            "90023001230",  // 30 February 1990
            "99113100019",  // 31 November 1999
            "01022901230",  // 29 February 1901
            "00022900126",  // 29 February 1900: not a leap year
            "00822900120",  // 29 February 1800: not a leap year
            "00622900124",  // 29 February 2200: not a leap year
            "01222901236"   // 29 February 2001
    })
    void rejectsImpossibleBirthDates(String raw) {
        assertThat(Pesel.isValid(raw)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "44051401358",   // wrong check digit
            "02270803628",   // 02070803628's check digit after changing the century: no longer matches
            "4405140135",    // 10 digits
            "440514013590",  // 12 digits
            "4405140135X",
            "   "
    })
    void rejectsInvalidInput(String raw) {
        assertThat(Pesel.isValid(raw)).isFalse();
        assertThatThrownBy(() -> Pesel.of(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("citycare.validation.pesel");
    }

    @Test
    void dropsSpacesAndKeepsDigits() {
        Pesel pesel = Pesel.of(" 440514 01359 ");

        assertThat(pesel.value()).isEqualTo("44051401359");
        assertThat(pesel).hasToString("44051401359");
        assertThat(pesel).isEqualTo(Pesel.of("44051401359"));
    }
}
