package pl.citycare.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import pl.citycare.platform.security.application.AsAdministrator;
import pl.citycare.platform.security.domain.Role;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The deployments of the integration suites: always the real packaged WAR (the one {@code ./mvnw -Prun}
 * starts), with the test classes added for in-container tests. Named ROOT.war so that Payara Micro
 * serves it at context root {@code /}, as in production.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as built, for tests that drive it from outside (HTTP, browser). */
    public static WebArchive application() {
        String war = System.getProperty("citycare.war", "target/citycare.war");
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(war)).as(WebArchive.class);
    }

    /** The application plus the given test classes and AssertJ, for tests that run inside Payara Micro. */
    public static WebArchive withTests(Class<?>... testClasses) {
        return application()
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibraries(testRunnerAccess());
    }

    /**
     * Every URL of the application needs a signed-in user; Arquillian's own test runner servlet must be
     * reachable without one. A web fragment makes just that path public, in test deployments only.
     */
    private static JavaArchive testRunnerAccess() {
        String fragment = """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <name>arquillian_runner_access</name>
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian test runner</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-fragment>
                """;
        return ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(fragment), "web-fragment.xml");
    }

    /**
     * Adds {@code AsAdministrator}, a {@code @RunAs("ADMIN")} bean for calling administration services
     * from in-container tests. Payara gives a run-as bean the identity of the first principal mapped to
     * the role, so the deployment maps ADMIN to a principal; every role keeps its one-to-one group
     * mapping, as in the application.
     */
    public static WebArchive withAdministratorRunAs(WebArchive archive) {
        String mapping = Arrays.stream(Role.values())
                .map(role -> "<security-role-mapping><role-name>" + role + "</role-name>"
                        + (role == Role.ADMIN ? "<principal-name>it-admin</principal-name>" : "")
                        + "<group-name>" + role + "</group-name></security-role-mapping>")
                .collect(Collectors.joining("", "<glassfish-web-app>", "</glassfish-web-app>"));
        return archive.addClass(AsAdministrator.class)
                .addAsWebInfResource(new StringAsset(mapping), "glassfish-web.xml");
    }

    /**
     * The deployment's URL on the loopback interface. Payara Micro reports the machine's first network
     * address; tests talk to 127.0.0.1 only.
     */
    public static URI loopback(URL deployed) {
        try {
            URI uri = deployed.toURI();
            return new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL Arquillian would report: " + deployed, e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type, e);
        }
    }
}
