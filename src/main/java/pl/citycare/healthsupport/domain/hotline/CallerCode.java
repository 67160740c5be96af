package pl.citycare.healthsupport.domain.hotline;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kod rozmówcy: six characters read out to a returning caller, e.g. {@code K7M-4PX}. Letters and digits
 * that sound or look alike on the phone (0/O, 1/I) are left out; about a billion codes, so guessing one
 * is hopeless and a collision is caught by the primary key.
 */
public final class CallerCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CallerCode() {
    }

    public static String generate() {
        var code = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed by a psychologist ("k7m 4px", "K7M4PX"), in its written form, if it can be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String bare = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (bare.length() != 6) {
            return Optional.empty();
        }
        String code = bare.substring(0, 3) + "-" + bare.substring(3);
        return WELL_FORMED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
