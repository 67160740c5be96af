package pl.citycare.testing.domain.worker;

/** Język kontaktu: the language the worker wants to be told results in. */
public enum PreferredLanguage {
    UK, PL, RU, EN;

    /** The ISO 639-1 code stored and shown ({@code uk}, {@code pl}, ...). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
