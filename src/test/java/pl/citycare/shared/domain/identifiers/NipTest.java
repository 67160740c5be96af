package pl.citycare.shared.domain.identifiers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NipTest {

    // Each checked by hand: sum of digits × (6,5,7,2,3,4,5,6,7) mod 11 equals the last digit.
    // 5260250274: 30+10+42+0+6+0+10+42+0 = 140, 140 mod 11 = 4.
    // 1234563218: 6+10+21+8+15+24+15+12+7 = 118, 118 mod 11 = 8.
    // 7740001454: 42+35+28+0+0+0+5+24+35 = 169, 169 mod 11 = 4.
    // 5261040828: 30+10+42+2+0+16+0+48+14 = 162, 162 mod 11 = 8.
    // 5252248481: 30+10+35+4+6+16+40+24+56 = 221, 221 mod 11 = 1.
    // 1132853869: 6+5+21+4+24+20+15+48+42 = 185, 185 mod 11 = 9.
    @ParameterizedTest
    @ValueSource(strings = {"5260250274", "1234563218", "7740001454", "5261040828", "5252248481", "1132853869"})
    void acceptsValidNumbers(String raw) {
        assertThat(Nip.isValid(raw)).isTrue();
        assertThat(Nip.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "123-456-32-18, 1234563218",
            "123-45-63-218, 1234563218",
            "526 025 02 74, 5260250274",
            "' 5260250274 ', 5260250274",
            "'526\t025-02 74', 5260250274",
            "PL5260250274, 5260250274",       // as the EU VAT number is printed
            "pl 526-025-02-74, 5260250274"
    })
    void dropsDashesSpacesAndThePlPrefix(String raw, String normalised) {
        Nip nip = Nip.of(raw);

        assertThat(nip.value()).isEqualTo(normalised);
        assertThat(nip).hasToString(normalised);
        assertThat(nip).isEqualTo(Nip.of(normalised));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "5260250275",    // check digit off by one
            "1234563219",
            "1000000160",    // weighted sum mod 11 = 10: no check digit possible, must not be read as 0
            "526025027",     // 9 digits
            "52602502740",   // 11 digits
            "52602502a4",
            "0000000000",    // passes the checksum (0 = 0) but is no one's NIP
            "000-000-00-00",
            "PL0000000000",
            "DE5260250274",  // another country's VAT prefix
            "PL",
            "526.025.02.74",
            "５２６０２５０２７４", // full-width digits
            "   ",
            "--"
    })
    void rejectsInvalidInput(String raw) {
        assertThat(Nip.isValid(raw)).isFalse();
        assertThatThrownBy(() -> Nip.of(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("citycare.validation.nip");
    }

    @Test
    void canonicalConstructorValidatesToo() {
        assertThat(new Nip("123-456-32-18").value()).isEqualTo("1234563218");
        assertThatThrownBy(() -> new Nip("1234563219")).isInstanceOf(IllegalArgumentException.class);
    }
}
