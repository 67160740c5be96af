package pl.citycare.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

    /**
     * The container suite: the application plus the suite class, every test interface it implements,
     * the in-container helpers, AssertJ and the test directory (UnboundID and krakow.ldif), with the
     * ADMIN run-as mapping. One deployment, so one Payara Micro boot, for every in-container test.
     */
    public static WebArchive containerSuite(Class<?> suite) {
        WebArchive archive = application()
                .addClass(suite)
                .addClasses(Beans.class, Deployments.class, TestDirectory.class, EntityManagerHolder.class, Server.class,
                        TestAccounts.class, TestCentres.class, TestBudget.class, RecordedHandOvers.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibraries(jarOf(com.unboundid.ldap.sdk.LDAPConnection.class))
                .addAsResource("directory/krakow.ldif")
                .addAsLibraries(publicInTests("/ArquillianServletRunnerEE9"));
        testInterfaces(suite).forEach(archive::addClass);
        return withAdministratorRunAs(archive);
    }

    /** The test interfaces a suite implements, their own super-interfaces included. */
    public static java.util.Set<Class<?>> testInterfaces(Class<?> suite) {
        var found = new java.util.LinkedHashSet<Class<?>>();
        var todo = new java.util.ArrayDeque<Class<?>>(Arrays.asList(suite.getInterfaces()));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (found.add(type)) {
                todo.addAll(Arrays.asList(type.getInterfaces()));
            }
        }
        return found;
    }

    /**
     * The browser suite: the application plus the fixture servlet that makes a fresh account per test.
     * Its tests drive Chromium from outside, so no test classes go in.
     */
    public static WebArchive browserSuite() {
        return application()
                .addClasses(UserFixtureServlet.class, ClientFixtureServlet.class, SessionFixtureServlet.class)
                .addAsLibraries(publicInTests("/it-fixtures/*"));
    }

    /**
     * Every URL of the application needs a signed-in user; the test machinery (Arquillian's runner
     * servlet, the fixtures) must be reachable without one. A web fragment makes just those paths public,
     * in test deployments only.
     */
    private static JavaArchive publicInTests(String urlPattern) {
        String fragment = """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <name>test_machinery_access</name>
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>test machinery</web-resource-name>
                            <url-pattern>%s</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-fragment>
                """.formatted(urlPattern);
        return ShrinkWrap.create(JavaArchive.class, "test-machinery-access.jar")
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
                        + "<principal-name>" + runAsPrincipal(role) + "</principal-name>"
                        + "<group-name>" + role + "</group-name></security-role-mapping>")
                .collect(Collectors.joining("", "<glassfish-web-app>", "</glassfish-web-app>"));
        // Each run-as bean names its principal: left to Payara, a role may get a principal named like the role
        // (seen for PROCUREMENT_CLERK), which the mapping above does not grant the role.
        var runAs = new java.util.LinkedHashMap<Class<?>, Role>();
        runAs.put(AsAdministrator.class, Role.ADMIN);
        runAs.put(AsHotlinePsychologist.class, Role.HOTLINE_PSYCHOLOGIST);
        runAs.put(AsCentrePsychologist.class, Role.CENTRE_PSYCHOLOGIST);
        runAs.put(AsHealthCoordinator.class, Role.HEALTH_COORDINATOR);
        runAs.put(AsProcurementClerk.class, Role.PROCUREMENT_CLERK);
        runAs.put(AsTestingClerk.class, Role.TESTING_CLERK);
        runAs.put(AsProcurementApprover.class, Role.PROCUREMENT_APPROVER);
        runAs.put(AsAuditor.class, Role.AUDITOR);
        String principals = runAs.entrySet().stream()
                .map(e -> "<ejb><ejb-name>" + e.getKey().getSimpleName() + "</ejb-name><principal><name>"
                        + runAsPrincipal(e.getValue()) + "</name></principal></ejb>")
                .collect(Collectors.joining("", "<glassfish-ejb-jar><enterprise-beans>", "</enterprise-beans></glassfish-ejb-jar>"));
        runAs.keySet().forEach(archive::addClass);
        return archive.addClass(WhoAmI.class)
                .addAsWebInfResource(new StringAsset(mapping), "glassfish-web.xml")
                .addAsWebInfResource(new StringAsset(principals), "glassfish-ejb-jar.xml");
    }

    /** The identity a {@code @RunAs(role)} test bean acts as, e.g. {@code it-admin}; none has an account. */
    public static String runAsPrincipal(Role role) {
        return role == Role.ADMIN ? "it-admin" : "it-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
