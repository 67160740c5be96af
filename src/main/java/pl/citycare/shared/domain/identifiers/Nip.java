package pl.citycare.shared.domain.identifiers;

import java.util.Optional;

/**
 * Numer Identyfikacji Podatkowej (NIP).
 * <p>
 * Ten digits, the last a check digit: the weighted sum of the first nine (weights 6,5,7,2,3,4,5,6,7)
 * mod 11. A remainder of 10 cannot be written as one digit, so such numbers are never issued and are invalid.
 * Dashes and spaces are accepted on input and dropped, and so is the {@code PL} prefix of the EU VAT
 * number (as the VAT forms show it): {@code value()} is always the bare 10 digits. All zeros passes the
 * checksum (0 = 0) but is no one's NIP, so it is refused.
 */
public record Nip(String value) {

    /** Bean Validation message key; also the message of the {@link IllegalArgumentException} from {@link #of}. */
    public static final String MESSAGE_KEY = "citycare.validation.nip";

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    /** Normalises {@code value}; throws {@link IllegalArgumentException} with {@link #MESSAGE_KEY} if it is not a NIP. */
    public Nip {
        value = normalise(value).orElseThrow(() -> new IllegalArgumentException(MESSAGE_KEY));
    }

    public static Nip of(String raw) {
        return new Nip(raw);
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    private static Optional<String> normalise(String raw) {
        String digits = Digits.withoutSeparators(raw);
        if (digits.regionMatches(true, 0, "PL", 0, 2)) {
            digits = digits.substring(2);
        }
        if (!Digits.areDigits(digits, 10) || digits.equals("0000000000")) {
            return Optional.empty();
        }
        // A remainder of 10 never equals a single digit, so it fails here without a special case.
        int check = Digits.weightedSum(digits, WEIGHTS) % 11;
        return check == Digits.at(digits, 9) ? Optional.of(digits) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
