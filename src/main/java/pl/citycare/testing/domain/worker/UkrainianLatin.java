package pl.citycare.testing.domain.worker;

import java.util.Locale;
import java.util.Map;

/**
 * Transliteracja ukraińska: Ukrainian Cyrillic in Latin letters by the national table of the Cabinet of
 * Ministers of Ukraine (resolution no. 55 of 27 January 2010), the one Ukrainian passports print names
 * with: Шевченко → Shevchenko, Юлія → Yuliia, Згурівка → Zghurivka.
 * <p>
 * Rules beyond the letter table: Є, Ї, Й, Ю, Я have their own form at the start of a word (Ye, Yi, Y,
 * Yu, Ya; inside a word ie, i, i, iu, ia); зг is written zgh, so that it cannot be read as ж (zh); the
 * soft sign and the apostrophe are not written. A hyphen starts a new word (Квітка-Основ'яненко). Letters
 * outside the Ukrainian alphabet are kept as they are. The table is thirty-odd entries of a statute, so it
 * is kept here rather than pulled in with a general transliteration library whose Ukrainian rules follow
 * other standards.
 */
public final class UkrainianLatin {

    /** Letter → Latin inside a word, lower case. */
    private static final Map<Character, String> INSIDE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"), Map.entry('і', "i"),
            Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""), Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

    /** The letters written differently at the start of a word. */
    private static final Map<Character, String> WORD_INITIAL = Map.of(
            'є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya");

    /** The apostrophe in its usual keyboard forms (', ’, ʼ): part of the word, not written. */
    private static final String APOSTROPHES = "'’ʼ`";

    private UkrainianLatin() {
    }

    /** The text with each Ukrainian letter transliterated; case follows the source (ШЕВЧЕНКО → SHEVCHENKO). */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        var latin = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (APOSTROPHES.indexOf(c) >= 0 && isCyrillicAt(text, i - 1) && isCyrillicAt(text, i + 1)) {
                continue;
            }
            String mapped = INSIDE.get(lower);
            if (mapped == null) {
                latin.append(c);
                continue;
            }
            if (wordStartsAt(text, i) && WORD_INITIAL.containsKey(lower)) {
                mapped = WORD_INITIAL.get(lower);
            } else if (lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
                mapped = "gh";
            }
            latin.append(Character.isUpperCase(c) ? upper(mapped, text, i) : mapped);
        }
        return latin.toString();
    }

    /** Whether the text has any Cyrillic letter, i.e. whether a search should also try its transliteration. */
    public static boolean hasCyrillic(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    /** Ш in ШЕВЧЕНКО is SH, in Шевченко Sh: all capitals when a neighbouring letter is a capital too. */
    private static String upper(String mapped, String text, int i) {
        if (mapped.isEmpty()) {
            return mapped;
        }
        boolean wordInCapitals = (isLetterAt(text, i + 1) && Character.isUpperCase(text.charAt(i + 1)))
                || (!isLetterAt(text, i + 1) && isLetterAt(text, i - 1) && Character.isUpperCase(text.charAt(i - 1)));
        return wordInCapitals ? mapped.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1);
    }

    /** A word starts here when no letter (or apostrophe inside a word) comes before. */
    private static boolean wordStartsAt(String text, int i) {
        int before = i - 1;
        while (before >= 0 && APOSTROPHES.indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before < 0 || !Character.isLetter(text.charAt(before));
    }

    private static boolean isCyrillicAt(String text, int i) {
        return isLetterAt(text, i) && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isLetterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }
}
