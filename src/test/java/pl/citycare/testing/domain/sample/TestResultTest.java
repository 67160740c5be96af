package pl.citycare.testing.domain.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes of tests and results, and the lab words that mean them. */
class TestResultTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"260415000, NEGATIVE", "260373001, POSITIVE", "negative, NEGATIVE", "NEGATIVE, NEGATIVE", "Ujemny, NEGATIVE",
            "not detected, NEGATIVE", "негативний, NEGATIVE", "' Wynik  dodatni ', POSITIVE", "detected, POSITIVE",
            "позитивний, POSITIVE", "inconclusive, INCONCLUSIVE", "niejednoznaczny, INCONCLUSIVE", "invalid, INVALID",
            "próbka nieważna, INVALID"})
    void labWordsAndCodesAreUnderstood(String word, TestResult result) {
        assertThat(TestResult.parse(word)).contains(result);
    }

    @Test
    void pendingAndNonsenseAreNoAnswer() {
        assertThat(TestResult.parse("pending")).isEmpty();
        assertThat(TestResult.parse("maybe")).isEmpty();
        assertThat(TestResult.parse(" ")).isEmpty();
        assertThat(TestResult.parse(null)).isEmpty();
    }

    @Test
    void theCodesAreTheOnesLabsAndTheDccUse() {
        assertThat(TestType.RT_PCR.loinc()).isEqualTo("94500-6");
        assertThat(TestType.ANTIGEN.loinc()).isEqualTo("94558-4");
        assertThat(TestType.RT_PCR.dccType()).isEqualTo("LP6464-4");
        assertThat(TestType.ANTIGEN.dccType()).isEqualTo("LP217198-3");
        assertThat(TestResult.NEGATIVE.snomed()).contains("260415000");
        assertThat(TestResult.POSITIVE.snomed()).contains("260373001");
        assertThat(TestResult.INCONCLUSIVE.snomed()).isEmpty();
        assertThat(TestResult.DISEASE).isEqualTo("840539006");
        assertThat(TestResult.INVALID.needsRetest()).isTrue();
        assertThat(TestResult.POSITIVE.needsRetest()).isFalse();
    }
}
