package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the workers search looks for when a clerk types a name in either script or a passport. */
class WorkerSearchVariantsTest {

    @Test
    void cyrillicIsAlsoSearchedInItsPassportSpelling() {
        assertThat(Workers.searchVariants(" Шевченко ")).contains("ШЕВЧЕНКО", "SHEVCHENKO");
        assertThat(Workers.searchVariants("shevchenko")).containsExactly("SHEVCHENKO");
        assertThat(Workers.searchVariants("fa 123 456")).containsExactly("FA 123 456", "FA123456");
        assertThat(Workers.searchVariants("  ")).isEmpty();
    }
}
