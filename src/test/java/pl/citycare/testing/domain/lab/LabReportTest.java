package pl.citycare.testing.domain.lab;

import org.junit.jupiter.api.Test;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab's line read into our terms, or the fields that could not be read; and the lab keys' form. */
class LabReportTest {

    @Test
    void aReportIsReadWithCodesWordsAndEitherKindOfTime() {
        var reading = LabReport.read(" krk-100 123 ", "260373001", "2026-11-26T09:30:00+01:00", "fa123456", "Shevchenko Taras",
                "1990-05-01", "Lab", Sample.Source.CSV);
        assertThat(reading.problems()).isEmpty();
        var r = reading.received().orElseThrow();
        assertThat(r.barcode()).isEqualTo("KRK-100123");
        assertThat(r.result()).isEqualTo(TestResult.POSITIVE);
        assertThat(r.resultAt()).isEqualTo(Instant.parse("2026-11-26T08:30:00Z"));
        assertThat(r.birthDate()).isEqualTo(LocalDate.of(1990, 5, 1));
        // A local time is a time in Poland (winter: UTC+1; summer: UTC+2).
        assertThat(LabReport.time("2026-11-26 09:30")).isEqualTo(Instant.parse("2026-11-26T08:30:00Z"));
        assertThat(LabReport.time("2026-07-01T09:30:15")).isEqualTo(Instant.parse("2026-07-01T07:30:15Z"));
        assertThat(LabReport.time("2026-11-26T08:30:00Z")).isEqualTo(Instant.parse("2026-11-26T08:30:00Z"));
    }

    @Test
    void eachUnreadableFieldIsNamed() {
        var reading = LabReport.read(" ", "maybe", "yesterday", null, null, "01.05.1990", "Lab", Sample.Source.API);
        assertThat(reading.received()).isEmpty();
        assertThat(reading.problems()).extracting(LabReport.Problem::field).containsExactly("barcode", "result", "resultTime", "birthDate");
        assertThat(LabReport.read("X".repeat(41), "negative", "2026-11-26 09:30", null, null, null, "Lab", Sample.Source.API).problems())
                .extracting(LabReport.Problem::messageKey).containsExactly("testing.lab.rule.barcode");
    }

    @Test
    void aKeyIsShownOnceAndKeptAsItsHash() {
        var issued = LabApiKey.issue(" Laboratorium Miejskie ", Instant.parse("2026-11-26T10:00:00Z"), "admin");
        assertThat(issued.plain()).startsWith(LabApiKey.PREFIX).hasSize(LabApiKey.PREFIX.length() + 43);
        assertThat(issued.key().getLab()).isEqualTo("Laboratorium Miejskie");
        assertThat(issued.key().getKeyStart()).isEqualTo(issued.plain().substring(0, LabApiKey.PREFIX.length() + 6));
        assertThat(issued.key().auditState().toString()).doesNotContain(issued.plain()).doesNotContain(LabApiKey.hash(issued.plain()));
        assertThat(LabApiKey.hash(issued.plain())).hasSize(64).isNotEqualTo(LabApiKey.hash(issued.plain() + "x"));
        assertThat(issued.key().isActive()).isTrue();
        issued.key().revoke(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(issued.key().isActive()).isFalse();
    }
}
