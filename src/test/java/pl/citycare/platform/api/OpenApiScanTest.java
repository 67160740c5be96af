package pl.citycare.platform.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenAPI scans only the {@code api} packages (Payara's scanner fails on Bean Validation annotations of
 * records elsewhere), so every {@code api} package must be on the list, or its endpoints are missing from
 * the document.
 */
class OpenApiScanTest {

    @Test
    void everyApiPackageIsScanned() throws Exception {
        Properties config = new Properties();
        try (InputStream in = OpenApiScanTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> scanned = Arrays.stream(config.getProperty("mp.openapi.scan.packages").split(","))
                .map(String::trim).collect(Collectors.toSet());
        Set<String> apiPackages = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.citycare").stream().map(JavaClass::getPackageName)
                .filter(p -> p.endsWith(".api")).collect(Collectors.toSet());

        assertThat(apiPackages).as("api packages found").contains("pl.citycare.platform.api");
        assertThat(scanned).containsAll(apiPackages);
    }
}
