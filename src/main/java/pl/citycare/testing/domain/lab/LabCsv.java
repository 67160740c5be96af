package pl.citycare.testing.domain.lab;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import pl.citycare.testing.domain.sample.Sample;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lab's result file (CSV): UTF-8 with or without a BOM, {@code ;} or {@code ,} between columns, headers in
 * Polish, English or Ukrainian (barcode, result, result time; passport, name and date of birth if the lab has
 * them). Each line is read like a post to the API ({@link LabReport}), so the preview shows the same problems.
 */
public final class LabCsv {

    /** About 200,000 lines with every column: a lab's busiest days in one file. */
    public static final int MAX_BYTES = 20_000_000;

    /** Header names (lower case) of each field. */
    private static final Map<String, List<String>> HEADERS = Map.of(
            "barcode", List.of("barcode", "kod", "kod kreskowy", "kod próbki", "sample", "штрихкод"),
            "result", List.of("result", "wynik", "результат"),
            "resultTime", List.of("resulttime", "result time", "czas wyniku", "data wyniku", "час результату"),
            "passport", List.of("passport", "paszport", "numer paszportu", "паспорт"),
            "name", List.of("name", "nazwisko", "imię i nazwisko", "прізвище", "прізвище та імʼя"),
            "birthDate", List.of("birthdate", "birth date", "data urodzenia", "дата народження"));

    /** One line of the file: its number (1 = the header) and what it says, or why it cannot be read. */
    public record Line(int row, UnmatchedResult.Received received, List<LabReport.Problem> problems) implements Serializable {

        public boolean readable() {
            return received != null;
        }
    }

    /** The file read: a problem with the whole file (a message key), or its lines. */
    public record Parsed(String problemKey, List<Line> lines) implements Serializable {
    }

    private LabCsv() {
    }

    public static Parsed read(byte[] bytes, String lab) {
        if (bytes == null || bytes.length == 0) {
            return new Parsed("testing.labImport.rule.empty", List.of());
        }
        if (bytes.length > MAX_BYTES) {
            return new Parsed("testing.labImport.rule.tooLarge", List.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed("testing.labImport.rule.encoding", List.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Parsed("testing.labImport.rule.empty", List.of());
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build()
                .parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, Integer> columns = columns(records.get(0));
            if (!columns.keySet().containsAll(List.of("barcode", "result", "resultTime"))) {
                return new Parsed("testing.labImport.rule.columns", List.of());
            }
            var lines = new ArrayList<Line>();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                LabReport.Reading reading = LabReport.read(cell(record, columns, "barcode"), cell(record, columns, "result"),
                        cell(record, columns, "resultTime"), cell(record, columns, "passport"), cell(record, columns, "name"),
                        cell(record, columns, "birthDate"), lab, Sample.Source.CSV);
                lines.add(new Line((int) record.getRecordNumber(), reading.received().orElse(null), reading.problems()));
            }
            if (lines.isEmpty()) {
                return new Parsed("testing.labImport.rule.empty", List.of());
            }
            return new Parsed(null, List.copyOf(lines));
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return new Parsed("testing.labImport.rule.unreadable", List.of());
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace("'", "ʼ");
            int index = i;
            HEADERS.forEach((field, names) -> {
                if (names.contains(name)) {
                    columns.putIfAbsent(field, index);
                }
            });
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String field) {
        return Optional.ofNullable(columns.get(field)).filter(i -> i < record.size()).map(record::get).orElse(null);
    }
}
