package pl.citycare.testing.domain.lab;

import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One result as a lab reports it (a line of its file, an item of its post), read into our terms: barcode,
 * answer (our words, a lab word in pl/en/uk/ru, or a SNOMED CT code), result time (ISO-8601 with an offset,
 * or a local {@code yyyy-MM-dd HH:mm} in Polish time), and what it says about the person. Each problem
 * names the field and the message key, so the file preview and the API's problem description say the same.
 */
public final class LabReport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");
    private static final int BARCODE_MAX = 40;

    /** A field that could not be read. */
    public record Problem(String field, String messageKey) {
    }

    /** The report read: what was received, or why not. */
    public record Reading(Optional<UnmatchedResult.Received> received, List<Problem> problems) {
    }

    private LabReport() {
    }

    public static Reading read(String barcode, String result, String resultTime, String passport, String name,
                               String birthDate, String lab, Sample.Source source) {
        var problems = new ArrayList<Problem>();
        String code = Sample.normalisedBarcode(barcode);
        if (code == null || code.length() > BARCODE_MAX) {
            problems.add(new Problem("barcode", "testing.lab.rule.barcode"));
        }
        Optional<TestResult> answer = TestResult.parse(result);
        if (answer.isEmpty()) {
            problems.add(new Problem("result", "testing.lab.rule.result"));
        }
        Instant at = time(resultTime);
        if (at == null) {
            problems.add(new Problem("resultTime", "testing.lab.rule.resultTime"));
        }
        LocalDate born = null;
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                born = LocalDate.parse(birthDate.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("birthDate", "testing.lab.rule.birthDate"));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(Optional.empty(), List.copyOf(problems));
        }
        return new Reading(Optional.of(new UnmatchedResult.Received(code, answer.get(), at, lab, source, passport, name, born)), List.of());
    }

    /**
     * An instant with an offset, or a wall-clock time in Poland; null when it is neither. Kept to the microsecond, as
     * the database keeps it, so that the same result sent again is recognised as the same.
     */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        try {
            return OffsetDateTime.parse(clean).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(clean, LOCAL).atZone(TestSite.ZONE).toInstant().truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }
}
