package pl.citycare.platform.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.audit.AuditAction;
import pl.citycare.shared.audit.ChainVerification;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translated texts: every language has every key, really translated, with the same placeholders.
 * Files are read from the sources as UTF-8, which is how {@code ResourceBundle} reads them since Java 9.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** A family of bundles: the base file and one file per language. */
    enum Family {
        MESSAGES("pl/citycare/i18n/messages"),
        FACES("pl/citycare/i18n/faces"),
        VALIDATION("ValidationMessages");

        private final String baseName;

        Family(String baseName) {
            this.baseName = baseName;
        }

        Path file(String language) {
            return RESOURCES.resolve(baseName + (language.isEmpty() ? "" : "_" + language) + ".properties");
        }

        /** Every file of the family by its language suffix ("" for the base file), in a fixed order. */
        Map<String, Properties> load() {
            var files = new LinkedHashMap<String, Properties>();
            for (String language : List.of("", "en", "pl", "uk")) {
                files.put(language, read(file(language)));
            }
            return files;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,[^}]*)?}");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    private static final Pattern XHTML_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)']");
    private static final Pattern TEXT_KEY = Pattern.compile("\\bMessages\\.text\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern ADD_KEY =
            Pattern.compile("\\bMessages\\.add\\(\\s*[^,]+,\\s*[^,]+,\\s*\"([^\"]+)\"\\s*[,)]");

    private static Properties read(Path file) {
        assertThat(file).as("bundle file").isRegularFile();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file + " as UTF-8", e);
        }
        return properties;
    }

    private static Set<Integer> placeholders(String value) {
        var indexes = new TreeSet<Integer>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void everyFileOfAFamilyHasExactlyTheSameKeys(Family family) {
        Map<String, Properties> files = family.load();
        var allKeys = new TreeSet<String>();
        files.values().forEach(p -> allKeys.addAll(p.stringPropertyNames()));

        var problems = new ArrayList<String>();
        files.forEach((language, properties) -> {
            var missing = new TreeSet<>(allKeys);
            missing.removeAll(properties.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add(family.file(language) + " lacks " + missing);
            }
        });

        assertThat(problems).as("keys missing in %s", family).isEmpty();
        assertThat(allKeys).as("keys of %s", family).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void noFileDefinesAKeyTwice(Family family) throws IOException {
        var problems = new ArrayList<String>();
        for (String language : List.of("", "en", "pl", "uk")) {
            Path file = family.file(language);
            var seen = new TreeSet<String>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = KEY_LINE.matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    problems.add(file + " defines " + m.group(1) + " more than once");
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void noValueIsBlank(Family family) {
        var blank = new ArrayList<String>();
        family.load().forEach((language, properties) -> properties.stringPropertyNames().stream().sorted()
                .filter(key -> properties.getProperty(key).isBlank())
                .forEach(key -> blank.add(family.file(language) + ": " + key)));

        assertThat(blank).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void polishAndUkrainianAreReallyTranslatedFromEnglish(Family family) {
        Map<String, Properties> files = family.load();
        Properties english = files.get("en");

        for (String language : List.of("pl", "uk")) {
            Properties translated = files.get(language);
            var sameAsEnglish = new TreeSet<String>();
            int compared = 0;
            for (String key : english.stringPropertyNames()) {
                if (translated.containsKey(key)) {
                    compared++;
                    if (translated.getProperty(key).equals(english.getProperty(key))) {
                        sameAsEnglish.add(key);
                    }
                }
            }
            double differing = compared == 0 ? 0 : 1.0 - (double) sameAsEnglish.size() / compared;

            assertThat(differing)
                    .as("share of %s values that differ from English (identical: %s)", family.file(language),
                            sameAsEnglish)
                    .isGreaterThanOrEqualTo(0.8);
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void everyTranslationUsesTheSamePlaceholdersAsEnglish(Family family) {
        Map<String, Properties> files = family.load();
        Properties english = files.get("en");
        var problems = new ArrayList<String>();

        files.forEach((language, properties) -> {
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                if (!english.containsKey(key)) {
                    continue; // reported by everyFileOfAFamilyHasExactlyTheSameKeys
                }
                Set<Integer> expected = placeholders(english.getProperty(key));
                Set<Integer> actual = placeholders(properties.getProperty(key));
                if (!actual.equals(expected)) {
                    problems.add(family.file(language) + ": " + key + " has " + actual + ", English has " + expected);
                }
            }
        });

        assertThat(problems).isEmpty();
    }

    /**
     * Texts with placeholders go through {@link MessageFormat}, which treats an ASCII apostrophe as a quote:
     * it would vanish, or hide the placeholders after it.
     */
    @ParameterizedTest
    @EnumSource(value = Family.class, names = {"MESSAGES", "FACES"})
    void textsWithPlaceholdersSurviveMessageFormatUnchanged(Family family) {
        var problems = new ArrayList<String>();
        family.load().forEach((language, properties) -> {
            Locale locale = Locale.forLanguageTag(language.isEmpty() ? "en" : language);
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                String value = properties.getProperty(key);
                Set<Integer> indexes = placeholders(value);
                if (indexes.isEmpty()) {
                    continue;
                }
                Object[] args = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1];
                String expected = value;
                for (int i = 0; i < args.length; i++) {
                    args[i] = "<" + i + ">";
                    expected = expected.replace("{" + i + "}", "<" + i + ">");
                }
                String formatted = new MessageFormat(value, locale).format(args);
                if (!formatted.equals(expected)) {
                    problems.add(family.file(language) + ": " + key + " formats as \"" + formatted + "\"");
                }
            }
        });

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void ukrainianUsesTheModifierLetterApostropheNeverTheAsciiOne(Family family) {
        Properties ukrainian = family.load().get("uk");
        var withAsciiApostrophe = new TreeMap<String, String>();
        ukrainian.stringPropertyNames().stream()
                .filter(key -> ukrainian.getProperty(key).indexOf('\'') >= 0)
                .forEach(key -> withAsciiApostrophe.put(key, ukrainian.getProperty(key)));

        assertThat(withAsciiApostrophe).as("%s values with ' instead of ʼ", family.file("uk")).isEmpty();
    }

    @Test
    void everyMessageKeyNamedInAViewExists() throws IOException {
        Properties polish = read(Family.MESSAGES.file("pl"));
        var used = new TreeMap<String, Path>();
        try (Stream<Path> views = Files.walk(WEBAPP)) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = XHTML_KEY.matcher(Files.readString(view, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.putIfAbsent(m.group(1), view);
                }
            }
        }
        var missing = new TreeMap<String, Path>(used);
        missing.keySet().removeAll(polish.stringPropertyNames());

        assertThat(missing).as("keys used in views but missing in messages_pl.properties").isEmpty();
        assertThat(used).as("keys found in the views (is the scan still finding them?)").hasSizeGreaterThan(20);
    }

    @Test
    void everyMessageKeyNamedInJavaCodeExists() throws IOException {
        Properties polish = read(Family.MESSAGES.file("pl"));
        var used = new TreeMap<String, Path>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source, StandardCharsets.UTF_8);
                for (Pattern pattern : List.of(TEXT_KEY, ADD_KEY)) {
                    Matcher m = pattern.matcher(code);
                    while (m.find()) {
                        used.putIfAbsent(m.group(1), source);
                    }
                }
            }
        }
        var missing = new TreeMap<String, Path>(used);
        missing.keySet().removeAll(polish.stringPropertyNames());

        assertThat(missing).as("keys used in code but missing in messages_pl.properties").isEmpty();
        assertThat(used).as("keys found in the code (is the scan still finding them?)")
                .containsKeys("audit.verify.intact", "login.locked", "login.failed", "error.concurrentChange");
    }

    /** Keys the views and beans build from enum names ("role." + role, and so on). */
    @Test
    void everyRoleAuditActionAndChainProblemHasItsText() {
        var expected = new TreeSet<String>();
        for (Role role : Role.values()) {
            expected.add("role." + role.name());
            expected.add("role." + role.name() + ".description");
        }
        for (AuditAction action : AuditAction.values()) {
            expected.add("audit.action." + action.name());
        }
        for (ChainVerification.Problem problem : ChainVerification.Problem.values()) {
            expected.add("audit.verify.broken." + problem.name());
        }
        for (Locale locale : LocaleBean.SUPPORTED) {
            expected.add("language." + locale.getLanguage());
        }

        assertThat(read(Family.MESSAGES.file("pl")).stringPropertyNames()).containsAll(expected);
    }
}
