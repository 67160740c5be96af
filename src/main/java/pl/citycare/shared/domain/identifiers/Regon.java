package pl.citycare.shared.domain.identifiers;

import java.util.Optional;

/**
 * Numer identyfikacyjny REGON (Krajowy Rejestr Urzędowy Podmiotów Gospodarki Narodowej).
 * <p>
 * Either 9 digits (an entity) or 14 digits (a local unit: the parent's 9-digit REGON plus a unit number),
 * each ending in a check digit = weighted sum mod 11, where 10 is written as 0. A 14-digit REGON is only valid
 * if its first nine digits are themselves a valid REGON, since they identify the parent entity.
 */
public record Regon(String value) {

    /** Bean Validation message key; also the message of the {@link IllegalArgumentException} from {@link #of}. */
    public static final String MESSAGE_KEY = "citycare.validation.regon";

    private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    /** Normalises {@code value}; throws {@link IllegalArgumentException} with {@link #MESSAGE_KEY} if it is not a REGON. */
    public Regon {
        value = normalise(value).orElseThrow(() -> new IllegalArgumentException(MESSAGE_KEY));
    }

    public static Regon of(String raw) {
        return new Regon(raw);
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    private static Optional<String> normalise(String raw) {
        String digits = Digits.withoutSeparators(raw);
        boolean valid = Digits.areDigits(digits, 9) && hasValidCheckDigit(digits, WEIGHTS_9)
                || Digits.areDigits(digits, 14) && hasValidCheckDigit(digits, WEIGHTS_9)
                        && hasValidCheckDigit(digits, WEIGHTS_14);
        return valid ? Optional.of(digits) : Optional.empty();
    }

    /** The digit right after the weighted ones must equal their sum mod 11, with 10 written as 0. */
    private static boolean hasValidCheckDigit(String digits, int[] weights) {
        int check = Digits.weightedSum(digits, weights) % 11 % 10;
        return check == Digits.at(digits, weights.length);
    }

    @Override
    public String toString() {
        return value;
    }
}
