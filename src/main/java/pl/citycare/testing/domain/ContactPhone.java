package pl.citycare.testing.domain;

import java.util.regex.Pattern;

/** A phone number as employers and workers give it: digits, spaces, dashes, brackets, a leading +; 7 to 24 characters. */
public final class ContactPhone {

    private static final Pattern FORM = Pattern.compile("\\+?[0-9 ()-]{7,24}");

    private ContactPhone() {
    }

    public static boolean isValid(String phone) {
        return phone != null && FORM.matcher(phone).matches();
    }
}
