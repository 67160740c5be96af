package pl.citycare.testing.domain.worker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2010 national transliteration, letter by letter and with the resolution's own examples. */
class UkrainianLatinTest {

    /** Every letter of the table, inside a word (after а) and at its start, in both cases. */
    @ParameterizedTest(name = "{0}: inside {1}, initial {2}")
    @CsvSource({
            "а, a, A", "б, b, B", "в, v, V", "г, h, H", "ґ, g, G", "д, d, D", "е, e, E", "є, ie, Ye",
            "ж, zh, Zh", "з, z, Z", "и, y, Y", "і, i, I", "ї, i, Yi", "й, i, Y", "к, k, K", "л, l, L",
            "м, m, M", "н, n, N", "о, o, O", "п, p, P", "р, r, R", "с, s, S", "т, t, T", "у, u, U",
            "ф, f, F", "х, kh, Kh", "ц, ts, Ts", "ч, ch, Ch", "ш, sh, Sh", "щ, shch, Shch", "ю, iu, Yu",
            "я, ia, Ya"})
    void everyLetterOfTheTable(String letter, String inside, String initial) {
        assertThat(UkrainianLatin.of("а" + letter)).isEqualTo("a" + inside);
        assertThat(UkrainianLatin.of(letter.toUpperCase() + "а")).isEqualTo(initial + "a");
        assertThat(UkrainianLatin.of((letter + "а").toUpperCase())).isEqualTo((initial + "a").toUpperCase());
    }

    @Test
    void theSoftSignAndTheApostropheAreNotWritten() {
        assertThat(UkrainianLatin.of("Русь")).isEqualTo("Rus");
        assertThat(UkrainianLatin.of("Знам'янка")).isEqualTo("Znamianka");
        assertThat(UkrainianLatin.of("Знам’янка")).isEqualTo("Znamianka");
        assertThat(UkrainianLatin.of("Знамʼянка")).isEqualTo("Znamianka");
    }

    /** The examples printed in the resolution's table. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Алушта, Alushta", "Борщагівка, Borshchahivka", "Вінниця, Vinnytsia", "Гадяч, Hadiach",
            "Згорани, Zghorany", "Ґалаґан, Galagan", "Горгани, Horhany", "Донецьк, Donetsk", "Рівне, Rivne",
            "Єнакієве, Yenakiieve", "Гаєвич, Haievych", "Короп'є, Koropie", "Житомир, Zhytomyr",
            "Закарпаття, Zakarpattia", "Медвин, Medvyn", "Михайленко, Mykhailenko", "Іванків, Ivankiv",
            "Іващенко, Ivashchenko", "Їжакевич, Yizhakevych", "Кадиївка, Kadyivka", "Мар'їне, Marine",
            "Йосипівка, Yosypivka", "Стрий, Stryi", "Олексій, Oleksii", "Київ, Kyiv", "Лебедин, Lebedyn",
            "Миколаїв, Mykolaiv", "Ніжин, Nizhyn", "Наталія, Nataliia", "Одеса, Odesa", "Полтава, Poltava",
            "Ромни, Romny", "Суми, Sumy", "Тетерів, Teteriv", "Ужгород, Uzhhorod", "Фастів, Fastiv",
            "Харків, Kharkiv", "Біла Церква, Bila Tserkva", "Чернівці, Chernivtsi", "Шостка, Shostka",
            "Гоща, Hoshcha", "Юрій, Yurii", "Крюківка, Kriukivka", "Яготин, Yahotyn", "Ічня, Ichnia",
            "Згурівка, Zghurivka", "Розгон, Rozghon", "Шевченко, Shevchenko", "Зграя, Zghraia", "Юлія, Yuliia"})
    void theResolutionsExamples(String cyrillic, String latin) {
        assertThat(UkrainianLatin.of(cyrillic)).isEqualTo(latin);
    }

    @Test
    void passportCapitalsHyphensAndOtherScripts() {
        assertThat(UkrainianLatin.of("ШЕВЧЕНКО ТАРАС")).isEqualTo("SHEVCHENKO TARAS");
        assertThat(UkrainianLatin.of("ЩУР")).isEqualTo("SHCHUR");
        assertThat(UkrainianLatin.of("Квітка-Основ'яненко")).isEqualTo("Kvitka-Osnovianenko");
        assertThat(UkrainianLatin.of("Ярема-Юрченко")).isEqualTo("Yarema-Yurchenko");
        assertThat(UkrainianLatin.of("Kowalski 12")).isEqualTo("Kowalski 12");
        assertThat(UkrainianLatin.of("L'viv")).isEqualTo("L'viv");
        assertThat(UkrainianLatin.hasCyrillic("Шевч")).isTrue();
        assertThat(UkrainianLatin.hasCyrillic("Shevchenko")).isFalse();
    }
}
