package pl.citycare.platform.security;

import jakarta.annotation.security.DeclareRoles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.signin.web.SecurityConfiguration;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role names live in one place, {@link Role}; every other place that names roles must agree with it:
 * the string constants for annotations, {@code @DeclareRoles}, {@code web.xml}, and every
 * {@code @RolesAllowed} in the code.
 */
class RoleDeclarationsTest {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theNameConstantsAreTheEnum() throws IllegalAccessException {
        var constants = new TreeSet<String>();
        for (Field field : Role.Names.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                constants.add(field.getName());
            }
        }
        assertThat(constants).isEqualTo(ROLES);
    }

    @Test
    void declareRolesNamesEveryRole() {
        String[] declared = SecurityConfiguration.class.getAnnotation(DeclareRoles.class).value();

        assertThat(new TreeSet<>(List.of(declared))).isEqualTo(ROLES);
    }

    @Test
    void webXmlDeclaresEveryRoleAndConstrainsOnlyWithThem() throws Exception {
        var document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());

        assertThat(texts(document.getElementsByTagName("security-role"))).isEqualTo(ROLES);
        Set<String> used = texts(document.getElementsByTagName("auth-constraint"));
        used.remove("**");
        assertThat(ROLES).containsAll(used.stream().flatMap(s -> Arrays.stream(s.split("\\s+"))).toList());
    }

    /** A role named in a {@code @RolesAllowed} string literal instead of {@code Role.Names} must still exist. */
    @Test
    void everyRoleTheCodeAllowsExists() throws IOException {
        Pattern literal = Pattern.compile("@RolesAllowed\\(\\{?([^)]*)\\}?\\)");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    for (String name : m.group(1).split(",")) {
                        String role = name.trim().replace("Role.Names.", "").replace("\"", "").replace("}", "");
                        assertThat(ROLES).as(source + ": " + m.group()).contains(role);
                    }
                }
            }
        }
    }

    private static Set<String> texts(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent().trim())
                .flatMap(s -> Arrays.stream(s.split("\\s+"))).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
