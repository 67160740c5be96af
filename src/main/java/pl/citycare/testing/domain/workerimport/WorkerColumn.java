package pl.citycare.testing.domain.workerimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kolumna listy: the worker fields an employer's list can carry, each with the header names it is recognised
 * by in Polish, Ukrainian and English (compared after {@link #headerKey}). Without a nationality or language
 * column a worker is taken as Ukrainian, told in Ukrainian: the programme is for seasonal workers from Ukraine.
 */
public enum WorkerColumn {
    SURNAME("surname", true, "surname", "last name", "family name", "nazwisko", "nazwisko paszport", "прізвище", "прізвище латиницею"),
    GIVEN_NAMES("givenNames", true, "given names", "given name", "first name", "first names", "imię", "imiona", "imie", "імʼя",
            "імя", "імʼя латиницею"),
    SURNAME_CYRILLIC("surnameCyrillic", false, "surname cyrillic", "surname in cyrillic", "nazwisko cyrylica", "nazwisko cyrylicą",
            "прізвище кирилицею", "прізвище українською"),
    GIVEN_NAMES_CYRILLIC("givenNamesCyrillic", false, "given names cyrillic", "given names in cyrillic", "first name cyrillic",
            "imię cyrylica", "imię cyrylicą", "imiona cyrylicą", "імʼя кирилицею", "імʼя українською"),
    BIRTH_DATE("birthDate", true, "date of birth", "birth date", "birthdate", "dob", "data urodzenia", "data ur", "дата народження"),
    NATIONALITY("nationality", false, "nationality", "citizenship", "country", "obywatelstwo", "narodowość", "kraj", "громадянство"),
    PASSPORT("passport", true, "passport", "passport number", "passport no", "paszport", "nr paszportu", "numer paszportu",
            "паспорт", "номер паспорта", "номер паспорту"),
    PHONE("phone", false, "phone", "phone number", "telephone", "mobile", "telefon", "nr telefonu", "numer telefonu", "телефон",
            "номер телефону"),
    LANGUAGE("language", false, "language", "preferred language", "język", "język kontaktu", "мова"),
    ACCOMMODATION("accommodation", false, "accommodation", "address", "accommodation address", "zakwaterowanie", "adres",
            "adres zakwaterowania", "адреса", "адреса проживання", "проживання");

    private final String field;
    private final boolean required;
    private final List<String> headers;

    WorkerColumn(String field, boolean required, String... headers) {
        this.field = field;
        this.required = required;
        this.headers = List.of(headers).stream().map(WorkerColumn::headerKey).toList();
    }

    /** The worker's field this column fills, as the worker's rules name it ({@code surname}, {@code birthDate}, ...). */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /**
     * A header as compared: lower case, composed, one apostrophe form, without the stars, colons, brackets and
     * extra spaces that templates add ({@code "Nazwisko*:"} is {@code "nazwisko"}).
     */
    public static String headerKey(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFC).replace('\u00A0', ' ').toLowerCase(Locale.ROOT)
                .replace('\'', 'ʼ').replace('’', 'ʼ');
        return Noise.PATTERN.matcher(text).replaceAll(" ").strip();
    }

    /** Held apart: the constants' constructors use it before the enum's own static fields are set. */
    private static final class Noise {
        static final Pattern PATTERN = Pattern.compile("[\\s*:.()\\[\\]_/#-]+");
    }

    /** The column a header names, if it is one of the known names. */
    public static Optional<WorkerColumn> recognise(String header) {
        String key = headerKey(header);
        for (WorkerColumn column : values()) {
            if (column.headers.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
