package pl.citycare;

import org.junit.jupiter.api.Test;
import pl.citycare.support.Deployments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration tests live in interfaces named {@code *Tests}; only the two suite classes run them.
 * A test interface that no suite implements would never run, so this fails the build instead.
 */
class SuitesTest {

    @Test
    void everyTestInterfaceRunsInItsSuite() throws Exception {
        List<Class<?>> interfaces = testInterfaces();
        assertThat(interfaces).as("test interfaces found").hasSizeGreaterThanOrEqualTo(8);

        var container = Deployments.testInterfaces(CityCareIT.class);
        var browser = Deployments.testInterfaces(CityCareBrowserIT.class);
        for (Class<?> tests : interfaces) {
            if (tests.getSimpleName().endsWith("BrowserTests")) {
                assertThat(browser).as(tests.getName() + " in CityCareBrowserIT").contains(tests);
            } else {
                assertThat(container).as(tests.getName() + " in CityCareIT").contains(tests);
            }
        }
    }

    private static List<Class<?>> testInterfaces() throws IOException {
        Path root = Path.of(SuitesTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("Tests.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(SuitesTest::load)
                    .filter(Class::isInterface)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuitesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
