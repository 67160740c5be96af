package pl.citycare.testing.domain.workerimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.citycare.testing.domain.worker.PreferredLanguage;
import pl.citycare.testing.domain.worker.WorkerDetails;
import pl.citycare.testing.domain.workerimport.ColumnMapping.RowReading;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.citycare.testing.domain.workerimport.WorkerColumn.*;

/** Headers recognised in three languages, the employer's remembered choices, and cells read into a worker's details. */
class ColumnMappingTest {

    @ParameterizedTest
    @ValueSource(strings = {"pl", "en", "uk"})
    void everyTemplateHeaderIsRecognisedAsItsOwnColumn(String language) {
        var bundle = ResourceBundle.getBundle("pl.citycare.i18n.messages", Locale.forLanguageTag(language));
        for (WorkerColumn column : WorkerColumn.values()) {
            String header = bundle.getString("testing.workerImport.header." + column.field());
            assertThat(WorkerColumn.recognise(header)).as(header).contains(column);
        }
    }

    @Test
    void headersAreComparedWithoutCaseStarsColonsAndApostropheForms() {
        assertThat(WorkerColumn.recognise(" NAZWISKO*: ")).contains(SURNAME);
        assertThat(WorkerColumn.recognise("Ім'я латиницею")).contains(GIVEN_NAMES);
        assertThat(WorkerColumn.recognise("Nr\u00A0paszportu")).contains(PASSPORT);
        assertThat(WorkerColumn.recognise("Stanowisko")).isEmpty();
    }

    @Test
    void rememberedChoicesComeFirstAndNoFieldIsTakenTwice() {
        var header = List.of("Nazwisko", "Imię", "Paszport", "Nr dok.", "Stanowisko", "Nazwisko");
        ColumnMapping guessed = ColumnMapping.guess(header, Map.of("nr dok", BIRTH_DATE));
        assertThat(guessed.columns()).containsExactly(SURNAME, GIVEN_NAMES, PASSPORT, BIRTH_DATE, null, null);
        assertThat(guessed.missing()).isEmpty();
        assertThat(guessed.remembered(header)).containsOnlyKeys("nazwisko", "imię", "paszport", "nr dok");

        var partial = ColumnMapping.guess(List.of("Nazwisko", "X"), Map.of());
        assertThat(partial.missing()).containsExactly(GIVEN_NAMES, BIRTH_DATE, PASSPORT);
        var twice = new ArrayList<>(guessed.columns());
        twice.set(4, SURNAME);
        assertThat(new ColumnMapping(twice).repeated()).containsExactly(SURNAME);
    }

    @Test
    void aLineBecomesDetailsWithUkrainianDefaults() {
        var header = List.of("Surname", "Given names", "Date of birth", "Passport", "Phone");
        ColumnMapping mapping = ColumnMapping.guess(header, Map.of());
        RowReading reading = mapping.read(new Line(2, List.of("KOVAL", "OLENA", "2.1.1990", "fe 654321", "")), header, 7L);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.details()).isEqualTo(new WorkerDetails("KOVAL", "OLENA", null, null, LocalDate.of(1990, 1, 2), "UA",
                "fe 654321", null, PreferredLanguage.UK, 7L, null));
    }

    @Test
    void countriesAndLanguagesByNameOrCodeInThreeLanguages() {
        var header = List.of("Nazwisko", "Imiona", "Data urodzenia", "Paszport", "Obywatelstwo", "Język");
        ColumnMapping mapping = ColumnMapping.guess(header, Map.of());
        assertThat(mapping.read(line("Ukraina", "ukraiński"), header, 1L).details()).satisfies(d -> {
            assertThat(d.nationality()).isEqualTo("UA");
            assertThat(d.language()).isEqualTo(PreferredLanguage.UK);
        });
        assertThat(mapping.read(line("UKR", "Polish"), header, 1L).details().language()).isEqualTo(PreferredLanguage.PL);
        assertThat(mapping.read(line("Молдова", "ua"), header, 1L).details().nationality()).isEqualTo("MD");
        assertThat(mapping.read(line("Atlantyda", "ru"), header, 1L).details().nationality())
                .as("left for the worker's rule to refuse").isEqualTo("Atlantyda");
    }

    @Test
    void unreadableCellsNameTheirColumn() {
        var header = List.of("Nazwisko", "Imiona", "Data ur.", "Paszport", "Język");
        ColumnMapping mapping = ColumnMapping.guess(header, Map.of());
        RowReading reading = mapping.read(new Line(5, List.of("KOVAL", "OLENA", "31.02.1990", "FE1", "klingoński")), header, 1L);
        assertThat(reading.details()).isNull();
        assertThat(reading.problems()).extracting(ColumnMapping.RowProblem::column, ColumnMapping.RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Data ur.", "testing.workerImport.row.date"),
                org.assertj.core.groups.Tuple.tuple("Język", "testing.workerImport.row.language"));
        assertThat(mapping.headerOf("passport", header)).isEqualTo("Paszport");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1994-03-09", "09.03.1994", "9.3.1994", "09/03/1994", "09-03-1994", "1994.03.09", "1994-03-09 00:00"})
    void datesAsPeopleWriteThem(String text) {
        assertThat(ColumnMapping.date(text)).isEqualTo(LocalDate.of(1994, 3, 9));
    }

    private static Line line(String country, String language) {
        return new Line(2, List.of("KOVAL", "OLENA", "1990-01-02", "FE654321", country, language));
    }
}
