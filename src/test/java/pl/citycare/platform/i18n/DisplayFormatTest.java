package pl.citycare.platform.i18n;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatTest {

    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Currency PLN = Currency.getInstance("PLN");

    private static final Instant WINTER = Instant.parse("2026-01-15T11:30:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T11:30:00Z");

    private static TimeZone previousZone;

    /** A default zone far from Warsaw, so a formatter that used it would show the wrong hour. */
    @BeforeAll
    static void runFarFromWarsaw() {
        previousZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(previousZone);
    }

    /** Turns no-break, narrow no-break and thin spaces (used by CLDR as separators) into plain spaces. */
    private static String plainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    }

    /** Removes every kind of space, so "1 234,57" and "1234,57" compare equal. */
    private static String withoutSpaces(String text) {
        return plainSpaces(text).replace(" ", "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pl", "uk"})
    void aWinterMomentIsShownInCentralEuropeanTime(String language) {
        String shown = plainSpaces(DisplayFormat.dateTime(WINTER, Locale.forLanguageTag(language)));

        assertThat(shown).contains("12:30:00").contains("15").contains("2026");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pl", "uk"})
    void aSummerMomentIsShownInCentralEuropeanSummerTime(String language) {
        String shown = plainSpaces(DisplayFormat.dateTime(SUMMER, Locale.forLanguageTag(language)));

        assertThat(shown).contains("13:30:00").contains("15").contains("2026");
    }

    @Test
    void inEnglishTheSameMomentsAreShownOnTheTwentyFourHourClock() {
        assertThat(plainSpaces(DisplayFormat.dateTime(WINTER, EN))).contains("12:30:00").contains("2026")
                .doesNotContain("PM").doesNotContain("AM");
        assertThat(plainSpaces(DisplayFormat.dateTime(SUMMER, EN))).contains("13:30:00").contains("2026")
                .doesNotContain("PM");
    }

    @Test
    void theMonthIsWrittenInTheChosenLanguage() {
        assertThat(DisplayFormat.dateTime(WINTER, PL)).contains("sty");
        assertThat(DisplayFormat.dateTime(WINTER, EN)).contains("Jan");
        assertThat(DisplayFormat.dateTime(WINTER, UK)).contains("січ");
    }

    @Test
    void noMomentIsShownAsEmptyText() {
        assertThat(DisplayFormat.dateTime(null, PL)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1234.565, 1234,57",  // HALF_EVEN would give 1234,56
            "0.005, 0,01",
            "2.664, 2,66",
            "7, 7,00",
            "-2.675, -2,68"
    })
    void moneyIsRoundedHalfUpToGrosze(String amount, String expected) {
        String shown = withoutSpaces(DisplayFormat.money(new BigDecimal(amount), PLN, PL));

        assertThat(shown).contains(expected);
    }

    @Test
    void zlotyIsShownAsZlInPolishAndPlnInEnglish() {
        String polish = DisplayFormat.money(new BigDecimal("1234.565"), PLN, PL);
        String english = DisplayFormat.money(new BigDecimal("1234.565"), PLN, EN);

        assertThat(polish).contains("zł").doesNotContain("PLN");
        assertThat(withoutSpaces(polish)).isEqualTo("1234,57zł");
        assertThat(english).contains("PLN").contains("1,234.57").doesNotContain("zł");
    }

    @Test
    void inUkrainianMoneyUsesTheCommaAsDecimalSeparator() {
        assertThat(withoutSpaces(DisplayFormat.money(new BigDecimal("1234.565"), PLN, UK))).contains("1234,57");
    }

    @Test
    void anExchangeRateKeepsItsFourDecimals() {
        assertThat(DisplayFormat.rate(new BigDecimal("4.2693"), PL)).isEqualTo("4,2693");
        assertThat(DisplayFormat.rate(new BigDecimal("4.5"), EN)).isEqualTo("4.5000");
        assertThat(DisplayFormat.rate(null, PL)).isEmpty();
    }

    @Test
    void theGivenCurrencyIsShownNotAlwaysZloty() {
        String euros = DisplayFormat.money(new BigDecimal("10"), Currency.getInstance("EUR"), PL);

        assertThat(euros).contains("€").doesNotContain("zł");
        assertThat(withoutSpaces(euros)).contains("10,00");
    }

    @Test
    void moneyHasTwoDecimalsEvenInACurrencyWithoutMinorUnits() {
        String yen = DisplayFormat.money(new BigDecimal("10"), Currency.getInstance("JPY"), PL);

        assertThat(withoutSpaces(yen)).contains("10,00");
    }

    @ParameterizedTest
    @NullSource
    void noAmountIsShownAsEmptyText(BigDecimal amount) {
        assertThat(DisplayFormat.money(amount, PLN, PL)).isEmpty();
        assertThat(DisplayFormat.number(amount, PL)).isEmpty();
    }

    @Test
    void numbersUseTheSeparatorsOfTheLanguage() {
        assertThat(withoutSpaces(DisplayFormat.number(new BigDecimal("1234567.5"), PL))).isEqualTo("1234567,5");
        assertThat(DisplayFormat.number(new BigDecimal("1234567.5"), EN)).isEqualTo("1,234,567.5");
        assertThat(withoutSpaces(DisplayFormat.number(1234567, UK))).isEqualTo("1234567");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "en-GB, en",
            "en_GB, en",
            "en_US, en",
            "uk_UA, uk",
            "en, en",
            "EN, en",
            "uk, uk",
            "uk-UA, uk",
            "pl-PL, pl",
            "de, pl",
            "'', pl"
    })
    void aRequestedLanguageIsUsedWhenSupportedAndPolishOtherwise(String tag, String expectedLanguage) {
        Locale locale = LocaleBean.supportedOrDefault(tag);

        assertThat(locale).isEqualTo(Locale.forLanguageTag(expectedLanguage));
        assertThat(LocaleBean.SUPPORTED).contains(locale);
    }

    @Test
    void noRequestedLanguageMeansPolish() {
        assertThat(LocaleBean.supportedOrDefault(null)).isEqualTo(PL);
    }
}
