package pl.citycare.healthsupport.domain.hotline;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

class CallerCodeTest {

    @Test
    void aNewCodeIsSixCharactersWithoutLookAlikesAndCodesDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 2000; i++) {
            String code = CallerCode.generate();
            assertThat(code).matches("[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");
            assertThat(CallerCode.parse(code)).hasValue(code);
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void aCodeIsUnderstoodAsAPsychologistTypesIt() {
        assertThat(CallerCode.parse("k7m 4px")).hasValue("K7M-4PX");
        assertThat(CallerCode.parse(" K7M4PX ")).hasValue("K7M-4PX");
        assertThat(CallerCode.parse("K7M-4P")).isEmpty();
        assertThat(CallerCode.parse("K0M-4PX")).as("0 is never used: it sounds like O").isEmpty();
        assertThat(CallerCode.parse("KIM-4PX")).isEmpty();
        assertThat(CallerCode.parse("' OR 1=1")).isEmpty();
        assertThat(CallerCode.parse(null)).isEmpty();
    }
}
