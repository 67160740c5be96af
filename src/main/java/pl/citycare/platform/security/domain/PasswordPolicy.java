package pl.citycare.platform.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Zasady haseł lokalnych kont: at least 12 characters, not a commonly used password, not containing
 * the username. Directory accounts follow the directory's own policy.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** What is wrong with a proposed password; each has a translated message {@code password.policy.<name>}. */
    public enum Violation {
        TOO_SHORT, COMMON, CONTAINS_USERNAME, SAME_AS_CURRENT
    }

    private static final Set<String> COMMON = load("/pl/citycare/platform/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    public static Set<Violation> check(String username, String password) {
        Set<Violation> violations = EnumSet.noneOf(Violation.class); // mutable: callers may add their own reasons
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add(Violation.TOO_SHORT);
        }
        if (password != null) {
            String lower = password.toLowerCase(Locale.ROOT);
            if (COMMON.contains(lower)) {
                violations.add(Violation.COMMON);
            }
            String user = UserAccount.normalise(username);
            if (user != null && user.length() >= 3 && lower.contains(user)) {
                violations.add(Violation.CONTAINS_USERNAME);
            }
        }
        return violations;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled list " + resource);
            }
            var words = new HashSet<String>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
