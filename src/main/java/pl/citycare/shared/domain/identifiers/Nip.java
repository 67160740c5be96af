package pl.citycare.shared.domain.identifiers;

import java.util.Optional;

/**
 * Numer Identyfikacji Podatkowej (NIP).
 * <p>
 * Ten digits, the last a check digit: the weighted sum of the first nine (weights 6,5,7,2,3,4,5,6,7)
 * mod 11. A remainder of 10 cannot be written as one digit, so such numbers are never issued and are invalid.
 * Dashes and spaces are accepted on input and dropped: {@code value()} is always the bare 10 digits.
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
        if (!Digits.areDigits(digits, 10)) {
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
