package pl.citycare.shared.domain.identifiers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolishIbanTest {

    // Each verified by computing (BBAN + "2521" + check digits) mod 97 = 1, e.g. for the first:
    // 109010140000071219812874 252161 mod 97 = 1. The second pair of digits is 98 − (BBAN + "252100") mod 97.
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "PL61 1090 1014 0000 0712 1981 2874, PL61109010140000071219812874",
            "PL61109010140000071219812874,       PL61109010140000071219812874",
            "61 1090 1014 0000 0712 1981 2874,   PL61109010140000071219812874",
            "61109010140000071219812874,         PL61109010140000071219812874",
            "pl61-1090-1014-0000-0712-1981-2874, PL61109010140000071219812874",
            "PL27 1140 2004 0000 3002 0135 5387, PL27114020040000300201355387",
            "10 1050 0099 7603 1234 5678 9123,   PL10105000997603123456789123",
            "PL60102010260000042270201111,       PL60102010260000042270201111",
            "21124000010000000000000001,         PL21124000010000000000000001"
    })
    void normalisesToPlAndTwentySixDigits(String raw, String normalised) {
        PolishIban iban = PolishIban.of(raw);

        assertThat(PolishIban.isValid(raw)).isTrue();
        assertThat(iban.value()).isEqualTo(normalised);
        assertThat(iban).hasToString(normalised);
    }

    @Test
    void formatsInGroupsOfFour() {
        assertThat(PolishIban.of("61109010140000071219812874").formatted())
                .isEqualTo("PL61 1090 1014 0000 0712 1981 2874");
    }

    @Test
    void sameAccountWithOrWithoutPrefixIsEqual() {
        assertThat(PolishIban.of("61 1090 1014 0000 0712 1981 2874"))
                .isEqualTo(PolishIban.of("PL61109010140000071219812874"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "PL62109010140000071219812874",  // wrong check digits
            "PL61109010140000071219812875",  // one digit of the account changed
            "PL61109010140000071291812874",  // two digits swapped
            "DE61109010140000071219812874",  // not a Polish IBAN
            "PL6110901014000007121981287",   // 25 digits
            "PL611090101400000712198128740", // 27 digits
            "PL61 1090 1014 0000 0712 1981 287A",
            "PLPL61109010140000071219812874",
            "PL",
            "   "
    })
    void rejectsInvalidInput(String raw) {
        assertThat(PolishIban.isValid(raw)).isFalse();
        assertThatThrownBy(() -> PolishIban.of(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("citycare.validation.iban");
    }
}
