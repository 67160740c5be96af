package pl.citycare.shared.domain.identifiers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Numer PESEL (Powszechny Elektroniczny System Ewidencji Ludności).
 * <p>
 * Eleven digits: birth date YYMMDD, a serial number whose last digit gives the sex, and a check digit
 * = (10 − weighted sum mod 10) mod 10 with weights 1,3,7,9,1,3,7,9,1,3. The century is carried in the month:
 * +80 for the 1800s, +0 for the 1900s, +20 for the 2000s, +40 for the 2100s, +60 for the 2200s.
 * A number whose encoded date does not exist (month 13, 30 February) is invalid even with a correct check digit.
 */
public record Pesel(String value) {

    /** Bean Validation message key; also the message of the {@link IllegalArgumentException} from {@link #of}. */
    public static final String MESSAGE_KEY = "citycare.validation.pesel";

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    /** Indexed by encoded month / 20: 01–12 → 1900, 21–32 → 2000, 41–52 → 2100, 61–72 → 2200, 81–92 → 1800. */
    private static final int[] CENTURY_BY_MONTH_BLOCK = {1900, 2000, 2100, 2200, 1800};

    /** Normalises {@code value}; throws {@link IllegalArgumentException} with {@link #MESSAGE_KEY} if it is not a PESEL. */
    public Pesel {
        value = normalise(value).orElseThrow(() -> new IllegalArgumentException(MESSAGE_KEY));
    }

    public static Pesel of(String raw) {
        return new Pesel(raw);
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    public LocalDate birthDate() {
        // Cannot be empty: the constructor accepted only numbers with a real date.
        return encodedBirthDate(value).orElseThrow();
    }

    public Sex sex() {
        return Digits.at(value, 9) % 2 == 0 ? Sex.FEMALE : Sex.MALE;
    }

    private static Optional<String> normalise(String raw) {
        String digits = Digits.withoutSeparators(raw);
        if (!Digits.areDigits(digits, 11)) {
            return Optional.empty();
        }
        int check = (10 - Digits.weightedSum(digits, WEIGHTS) % 10) % 10;
        if (check != Digits.at(digits, 10) || encodedBirthDate(digits).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    private static Optional<LocalDate> encodedBirthDate(String digits) {
        int yy = Integer.parseInt(digits.substring(0, 2));
        int encodedMonth = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        int month = encodedMonth % 20;
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(CENTURY_BY_MONTH_BLOCK[encodedMonth / 20] + yy, month);
        return yearMonth.isValidDay(day) ? Optional.of(yearMonth.atDay(day)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
