package pl.citycare.testing.domain.sample;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Wynik: pending until the lab answers, then negative, positive, inconclusive or invalid (the last two ask
 * for a retest). Negative and positive carry their SNOMED CT codes (DCC {@code tr}); the disease tested for
 * is COVID-19, SNOMED CT {@value #DISEASE}.
 */
public enum TestResult {
    PENDING(null), NEGATIVE("260415000"), POSITIVE("260373001"), INCONCLUSIVE(null), INVALID(null);

    /** SNOMED CT: COVID-19 (DCC {@code tg}). */
    public static final String DISEASE = "840539006";

    /** The words labs write, in our three languages and theirs, and the codes: lower case, no accents. */
    private static final Map<String, TestResult> WORDS = Map.ofEntries(
            Map.entry("260415000", NEGATIVE), Map.entry("260373001", POSITIVE),
            Map.entry("negative", NEGATIVE), Map.entry("not detected", NEGATIVE), Map.entry("ujemny", NEGATIVE),
            Map.entry("wynik ujemny", NEGATIVE), Map.entry("nie wykryto", NEGATIVE), Map.entry("негативний", NEGATIVE),
            Map.entry("негативный", NEGATIVE), Map.entry("не виявлено", NEGATIVE), Map.entry("neg", NEGATIVE),
            Map.entry("positive", POSITIVE), Map.entry("detected", POSITIVE), Map.entry("dodatni", POSITIVE),
            Map.entry("wynik dodatni", POSITIVE), Map.entry("wykryto", POSITIVE), Map.entry("позитивний", POSITIVE),
            Map.entry("положительный", POSITIVE), Map.entry("виявлено", POSITIVE), Map.entry("pos", POSITIVE),
            Map.entry("inconclusive", INCONCLUSIVE), Map.entry("niejednoznaczny", INCONCLUSIVE),
            Map.entry("wynik niejednoznaczny", INCONCLUSIVE), Map.entry("equivocal", INCONCLUSIVE),
            Map.entry("невизначений", INCONCLUSIVE), Map.entry("сомнительный", INCONCLUSIVE),
            Map.entry("invalid", INVALID), Map.entry("nieważny", INVALID), Map.entry("niewazny", INVALID),
            Map.entry("invalid sample", INVALID), Map.entry("próbka nieważna", INVALID), Map.entry("недійсний", INVALID),
            Map.entry("недействительный", INVALID));

    private final String snomed;

    TestResult(String snomed) {
        this.snomed = snomed;
    }

    /** The SNOMED CT code (DCC {@code tr}) of a negative or positive result; empty for the others. */
    public Optional<String> snomed() {
        return Optional.ofNullable(snomed);
    }

    /** Whether the lab's answer calls for another sample. */
    public boolean needsRetest() {
        return this == INCONCLUSIVE || this == INVALID;
    }

    /** A lab's final answer, from our own name ({@code NEGATIVE}), a word in pl/en/uk/ru, or a SNOMED CT code. */
    public static Optional<TestResult> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String word = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        for (TestResult result : values()) {
            if (result != PENDING && result.name().equalsIgnoreCase(word)) {
                return Optional.of(result);
            }
        }
        return Optional.ofNullable(WORDS.get(word));
    }
}
