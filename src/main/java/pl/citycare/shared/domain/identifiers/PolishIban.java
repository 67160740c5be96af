package pl.citycare.shared.domain.identifiers;

import java.util.Locale;
import java.util.Optional;

/**
 * Numer rachunku bankowego (NRB) in its IBAN form, e.g. {@code PL61 1090 1014 0000 0712 1981 2874}.
 * <p>
 * Accepts the IBAN with or without the "PL" prefix (Polish forms usually show the bare 26-digit NRB),
 * with any spaces or dashes, and stores {@code "PL"} + 26 digits. Checked with the ISO 13616 mod-97 rule:
 * moving "PL" and the two check digits to the end and reading P as 25 and L as 21 must leave remainder 1.
 */
public record PolishIban(String value) {

    /** Bean Validation message key; also the message of the {@link IllegalArgumentException} from {@link #of}. */
    public static final String MESSAGE_KEY = "citycare.validation.iban";

    private static final String COUNTRY = "PL";
    private static final String COUNTRY_AS_DIGITS = "2521";

    /** Normalises {@code value}; throws {@link IllegalArgumentException} with {@link #MESSAGE_KEY} if it is not a Polish IBAN. */
    public PolishIban {
        value = normalise(value).orElseThrow(() -> new IllegalArgumentException(MESSAGE_KEY));
    }

    public static PolishIban of(String raw) {
        return new PolishIban(raw);
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    /** The print form, in groups of four: {@code PL61 1090 1014 0000 0712 1981 2874}. */
    public String formatted() {
        StringBuilder out = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(value, i, Math.min(i + 4, value.length()));
        }
        return out.toString();
    }

    private static Optional<String> normalise(String raw) {
        String nrb = Digits.withoutSeparators(raw).toUpperCase(Locale.ROOT);
        if (nrb.startsWith(COUNTRY)) {
            nrb = nrb.substring(COUNTRY.length());
        }
        if (!Digits.areDigits(nrb, 26)) {
            return Optional.empty();
        }
        String rearranged = nrb.substring(2) + COUNTRY_AS_DIGITS + nrb.substring(0, 2);
        return mod97(rearranged) == 1 ? Optional.of(COUNTRY + nrb) : Optional.empty();
    }

    /** Remainder digit by digit, because the 30-digit number does not fit in a long. */
    private static int mod97(String digits) {
        int remainder = 0;
        for (int i = 0; i < digits.length(); i++) {
            remainder = (remainder * 10 + Digits.at(digits, i)) % 97;
        }
        return remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
