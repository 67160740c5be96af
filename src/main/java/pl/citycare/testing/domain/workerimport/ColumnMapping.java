package pl.citycare.testing.domain.workerimport;

import pl.citycare.testing.domain.worker.PreferredLanguage;
import pl.citycare.testing.domain.worker.WorkerDetails;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Line;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.MissingResourceException;

/**
 * Przypisanie kolumn: which worker field each column of the file fills (or none). Guessed from the header
 * names, the employer's remembered choices first; the clerk corrects it in the preview. Reads a line into
 * {@link WorkerDetails}, telling which cells could not be read.
 */
public record ColumnMapping(List<WorkerColumn> columns) implements Serializable {

    private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "d.M.uuuu", "d/M/uuuu", "d-M-uuuu", "uuuu.M.d", "uuuu/M/d")
            .stream().map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final List<Locale> NAMING = List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH, Locale.forLanguageTag("uk"));
    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, PreferredLanguage> LANGUAGES = languages();

    /**
     * A cell that could not be read or breaks a rule: the file's column header, the worker field, the message key
     * and the message's argument (the earlier row of a repeated passport), if any.
     */
    public record RowProblem(String column, String field, String messageKey, String argument) implements Serializable {
    }

    /** A line read: the details (null when a cell could not be read) and the problems. */
    public record RowReading(WorkerDetails details, List<RowProblem> problems) implements Serializable {
    }

    public ColumnMapping {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /**
     * The mapping a header suggests: a header the employer's earlier import mapped keeps that choice,
     * a known header name is recognised, the rest is left out. No field is taken twice.
     *
     * @param remembered header keys ({@link WorkerColumn#headerKey}) to the column the clerk chose last time
     */
    public static ColumnMapping guess(List<String> header, Map<String, WorkerColumn> remembered) {
        var taken = EnumSet.noneOf(WorkerColumn.class);
        var columns = new ArrayList<WorkerColumn>();
        for (String name : header) {
            WorkerColumn column = Optional.ofNullable(remembered.get(WorkerColumn.headerKey(name)))
                    .or(() -> WorkerColumn.recognise(name)).filter(c -> !taken.contains(c)).orElse(null);
            if (column != null) {
                taken.add(column);
            }
            columns.add(column);
        }
        return new ColumnMapping(columns);
    }

    /** The required fields no column fills. */
    public Set<WorkerColumn> missing() {
        return Arrays.stream(WorkerColumn.values()).filter(WorkerColumn::required).filter(c -> !columns.contains(c))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkerColumn.class)));
    }

    /** The fields more than one column fills. */
    public Set<WorkerColumn> repeated() {
        return columns.stream().filter(c -> c != null && Collections.frequency(columns, c) > 1)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkerColumn.class)));
    }

    /** What to remember for the employer: header key to column, for the columns that fill a field. */
    public Map<String, WorkerColumn> remembered(List<String> header) {
        var choices = new LinkedHashMap<String, WorkerColumn>();
        for (int i = 0; i < header.size() && i < columns.size(); i++) {
            if (columns.get(i) != null && !WorkerColumn.headerKey(header.get(i)).isEmpty()) {
                choices.put(WorkerColumn.headerKey(header.get(i)), columns.get(i));
            }
        }
        return choices;
    }

    /** Reads a line; cells of unmapped fields are empty, nationality defaults to UA and language to Ukrainian. */
    public RowReading read(Line line, List<String> header, Long employerId) {
        var problems = new ArrayList<RowProblem>();
        var cells = new HashMap<WorkerColumn, String>();
        var headers = new HashMap<WorkerColumn, String>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                cells.put(columns.get(i), line.cell(i));
                headers.put(columns.get(i), i < header.size() ? header.get(i) : "#" + (i + 1));
            }
        }
        LocalDate birthDate = null;
        String birth = cells.getOrDefault(WorkerColumn.BIRTH_DATE, "");
        if (!birth.isEmpty()) {
            birthDate = date(birth);
            if (birthDate == null) {
                problems.add(new RowProblem(headers.get(WorkerColumn.BIRTH_DATE), "birthDate", "testing.workerImport.row.date", null));
            }
        }
        PreferredLanguage language = PreferredLanguage.UK;
        String languageCell = cells.getOrDefault(WorkerColumn.LANGUAGE, "");
        if (!languageCell.isEmpty()) {
            language = LANGUAGES.get(languageCell.toLowerCase(Locale.ROOT));
            if (language == null) {
                problems.add(new RowProblem(headers.get(WorkerColumn.LANGUAGE), "language", "testing.workerImport.row.language", null));
            }
        }
        String nationality = cells.getOrDefault(WorkerColumn.NATIONALITY, "");
        nationality = nationality.isEmpty() ? "UA" : COUNTRIES.getOrDefault(nationality.toLowerCase(Locale.ROOT), nationality);
        if (!problems.isEmpty()) {
            return new RowReading(null, List.copyOf(problems));
        }
        return new RowReading(new WorkerDetails(cells.get(WorkerColumn.SURNAME), cells.get(WorkerColumn.GIVEN_NAMES),
                blankToNull(cells.get(WorkerColumn.SURNAME_CYRILLIC)), blankToNull(cells.get(WorkerColumn.GIVEN_NAMES_CYRILLIC)),
                birthDate, nationality, cells.get(WorkerColumn.PASSPORT), blankToNull(cells.get(WorkerColumn.PHONE)), language,
                employerId, blankToNull(cells.get(WorkerColumn.ACCOMMODATION))), List.of());
    }

    /** The file's header over the column a worker field came from, for a rule's message. */
    public String headerOf(String field, List<String> header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).field().equals(field)) {
                return i < header.size() ? header.get(i) : "#" + (i + 1);
            }
        }
        return "";
    }

    static LocalDate date(String text) {
        String cleaned = text.strip().replaceFirst("[T ]00:00(:00)?$", "");
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** ISO alpha-2 and alpha-3 codes and the country names in Polish, English and Ukrainian, lower case, to alpha-2. */
    private static Map<String, String> countries() {
        var names = new HashMap<String, String>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            names.put(code.toLowerCase(Locale.ROOT), code);
            try {
                names.putIfAbsent(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException noAlpha3) {
                // some codes have none
            }
            for (Locale in : NAMING) {
                names.putIfAbsent(country.getDisplayCountry(in).toLowerCase(in), code);
            }
        }
        return Map.copyOf(names);
    }

    /** The codes, and the language names in Polish, English and Ukrainian, lower case (and {@code ua}, often written). */
    private static Map<String, PreferredLanguage> languages() {
        var names = new HashMap<String, PreferredLanguage>();
        for (PreferredLanguage language : PreferredLanguage.values()) {
            Locale locale = Locale.forLanguageTag(language.code());
            names.put(language.code(), language);
            for (Locale in : NAMING) {
                names.put(locale.getDisplayLanguage(in).toLowerCase(in), language);
            }
        }
        names.put("ua", PreferredLanguage.UK);
        return Map.copyOf(names);
    }
}
