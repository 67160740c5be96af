package pl.citycare.shared.domain.identifiers;

import java.util.regex.Pattern;

/**
 * Cyfry kontrolne: the digit handling the identifier checksums share.
 * Separators are dropped because clerks copy numbers from paper forms as "123-456-32-18" or in groups of four.
 */
final class Digits {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    // \d is ASCII-only in Java by default, so Arabic-Indic or full-width digits are rejected.
    private static final Pattern ASCII_DIGITS = Pattern.compile("\\d+");

    private Digits() {
    }

    /** The input without spaces and dashes; {@code ""} for {@code null}. */
    static String withoutSeparators(String raw) {
        return raw == null ? "" : SEPARATORS.matcher(raw).replaceAll("");
    }

    static boolean areDigits(String candidate, int length) {
        return candidate.length() == length && ASCII_DIGITS.matcher(candidate).matches();
    }

    static int at(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    /** Sum of digit × weight over the first {@code weights.length} digits. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += at(digits, i) * weights[i];
        }
        return sum;
    }
}
