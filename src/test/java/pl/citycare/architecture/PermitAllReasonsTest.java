package pl.citycare.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @PermitAll} opens a service to everyone, so each one says why on its own line
 * ({@code @PermitAll // signing in is what a caller does before anyone is signed in}).
 */
class PermitAllReasonsTest {

    @Test
    void everyPermitAllSaysWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("@PermitAll")) {
                        found++;
                        int comment = line.indexOf("//");
                        if (comment < 0 || line.substring(comment + 2).trim().length() < 10) {
                            unexplained.add(source + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(found).as("@PermitAll uses found (the check is not vacuous)").isPositive();
        assertThat(unexplained).as("@PermitAll without a reason on its line").isEmpty();
    }
}
