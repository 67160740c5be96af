package pl.citycare.testing.domain.sample;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sample's barcode and its way from pending to an answer, and to a corrected one. */
class SampleTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Instant COLLECTED = Instant.parse("2026-11-25T08:00:00Z");

    static Sample sample(String barcode) {
        return new Sample(barcode, null, null, TestType.RT_PCR, COLLECTED, "Irena", "Laboratorium", NOW);
    }

    @Test
    void theBarcodeIsKeptInCapitalsWithoutSpaces() {
        assertThat(sample(" krk-000 123 ").getBarcode()).isEqualTo("KRK-000123");
        assertThatThrownBy(() -> sample("KRK")).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("barcode"));
        assertThatThrownBy(() -> sample("KRK_000123")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Sample("KRK-000123", null, null, TestType.RT_PCR, NOW.plusSeconds(60), "Irena", "Lab", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("collectedAt"));
    }

    @Test
    void aPendingSampleIsAnsweredOnceThenOnlyCorrected() {
        Sample sample = sample("KRK-000124");
        assertThat(sample.getResult()).isEqualTo(TestResult.PENDING);
        assertThatThrownBy(() -> sample.recordResult(TestResult.NEGATIVE, COLLECTED.minusSeconds(1), Sample.Source.HAND, "c", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("resultAt"));
        assertThatThrownBy(() -> sample.recordResult(TestResult.PENDING, NOW, Sample.Source.HAND, "c", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("result"));
        assertThatThrownBy(() -> sample.correctResult(TestResult.NEGATIVE, NOW, "c", NOW)).isInstanceOf(RuleViolation.class);

        sample.recordResult(TestResult.POSITIVE, NOW.minusSeconds(3600), Sample.Source.CSV, "lab", NOW);
        assertThat(sample.auditState()).containsEntry("result", TestResult.POSITIVE).containsEntry("resultSource", Sample.Source.CSV);
        assertThatThrownBy(() -> sample.recordResult(TestResult.NEGATIVE, NOW, Sample.Source.HAND, "c", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("testing.sample.rule.alreadyAnswered"));
        assertThatThrownBy(() -> sample.correctResult(TestResult.POSITIVE, NOW, "c", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("testing.sample.rule.sameResult"));
        sample.correctResult(TestResult.NEGATIVE, NOW, "clerk", NOW);
        assertThat(sample.getResult()).isEqualTo(TestResult.NEGATIVE);
        assertThat(sample.getResultSource()).isEqualTo(Sample.Source.HAND);
    }
}
