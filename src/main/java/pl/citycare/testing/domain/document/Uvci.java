package pl.citycare.testing.domain.document;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The document's identifier, shaped like the EU Digital COVID Certificate's UVCI:
 * {@code URN:UVCI:01:PL:KRK/TS/7QX0C2MD9A#K} — version 01, the country, an opaque part (the city, the
 * programme and ten random characters, unique by the database's key), and a check character by the
 * Luhn mod N algorithm over the characters {@code 0-9 A-Z / :} (N = 38), so a mistyped character is caught
 * when someone reads the identifier out over the phone.
 */
public final class Uvci {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ/:";
    private static final String PREFIX = "URN:UVCI:01:PL:KRK/TS/";

    private Uvci() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int OPAQUE_LENGTH = 10;

    /** A new identifier: ten random characters of 0-9A-Z after the prefix. */
    public static String newIdentifier() {
        var opaque = new StringBuilder(OPAQUE_LENGTH);
        for (int i = 0; i < OPAQUE_LENGTH; i++) {
            opaque.append(ALPHABET.charAt(RANDOM.nextInt(36)));
        }
        return of(opaque.toString());
    }

    /** The identifier with this opaque part (characters of 0-9A-Z). */
    static String of(String opaque) {
        String body = PREFIX + opaque.toUpperCase(Locale.ROOT);
        return body + "#" + checkCharacter(body.substring("URN:UVCI:".length()));
    }

    /** Whether the identifier's check character fits the rest. */
    public static boolean isValid(String uvci) {
        if (uvci == null || !uvci.startsWith("URN:UVCI:") || uvci.indexOf('#') != uvci.length() - 2) {
            return false;
        }
        String body = uvci.substring("URN:UVCI:".length(), uvci.length() - 2);
        return body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) && checkCharacter(body) == uvci.charAt(uvci.length() - 1);
    }

    /** Luhn mod N: from the right, every second code point doubled, digits of the product summed in base N. */
    static char checkCharacter(String text) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int codePoint = ALPHABET.indexOf(text.charAt(i));
            if (codePoint < 0) {
                throw new IllegalArgumentException("Not a UVCI character: " + text.charAt(i));
            }
            int addend = factor * codePoint;
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
