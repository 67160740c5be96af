package pl.citycare.shared.domain.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegonTest {

    // Weights 8,9,2,3,4,5,6,7; sum mod 11 (10 → 0) equals the 9th digit. Checked by hand:
    // 123456785: 8+18+6+12+20+30+42+56 = 192, 192 mod 11 = 5.
    // 012345675: 0+9+4+9+16+25+36+49 = 148, 148 mod 11 = 5.
    // 000331501: 0+0+0+9+12+5+30+0 = 56, 56 mod 11 = 1.
    // 192598184: 8+81+4+15+36+40+6+56 = 246, 246 mod 11 = 4.
    // 100000050: 8+35 = 43, 43 mod 11 = 10 → check digit 0.
    @ParameterizedTest
    @ValueSource(strings = {"123456785", "012345675", "000331501", "192598184", "100000050"})
    void acceptsValidNineDigitNumbers(String raw) {
        assertThat(Regon.isValid(raw)).isTrue();
        assertThat(Regon.of(raw).value()).isEqualTo(raw);
    }

    // Weights 2,4,8,5,0,9,7,3,6,1,2,4,8; sum mod 11 (10 → 0) equals the 14th digit, and the first nine are valid:
    // 12345678512347: 2+8+24+20+0+54+49+24+30+1+4+12+32 = 260, 260 mod 11 = 7; base 123456785 valid.
    // 00033150100000: 15+9+35+6 = 65, 65 mod 11 = 10 → 0; base 000331501 valid.
    // 12345678512140: 2+8+24+20+0+54+49+24+30+1+4+4+32 = 252, 252 mod 11 = 10 → 0.
    @ParameterizedTest
    @ValueSource(strings = {"12345678512347", "00033150100000", "12345678512140"})
    void acceptsValidFourteenDigitNumbers(String raw) {
        assertThat(Regon.isValid(raw)).isTrue();
        assertThat(Regon.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "123-456-785, 123456785",
            "' 123 456 785 ', 123456785",
            "123456785-12347, 12345678512347"
    })
    void dropsDashesAndSpaces(String raw, String normalised) {
        assertThat(Regon.of(raw).value()).isEqualTo(normalised);
        assertThat(Regon.of(raw)).hasToString(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "123456789",       // check digit should be 5
            "100000051",       // remainder 10 must be written as 0
            "12345678512348",  // 14-digit check digit should be 7
            "12345678900004",  // 14-digit checksum right, but 123456789 is not a valid REGON
            "12345678",        // 8 digits
            "1234567850",      // 10 digits
            "1234567851234",   // 13 digits
            "12345678a",
            "   "
    })
    void rejectsInvalidInput(String raw) {
        assertThat(Regon.isValid(raw)).isFalse();
        assertThatThrownBy(() -> Regon.of(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("citycare.validation.regon");
    }
}
