package pl.citycare.healthsupport.domain;

import java.util.regex.Pattern;

/** A phone number as a caller or client gives it: digits, spaces and dashes, optionally a leading +. */
public final class PhoneNumbers {

    private static final Pattern WELL_FORMED = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");

    private PhoneNumbers() {
    }

    public static boolean isWellFormed(String phone) {
        return phone != null && WELL_FORMED.matcher(phone.strip()).matches();
    }
}
