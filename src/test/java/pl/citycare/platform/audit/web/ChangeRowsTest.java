package pl.citycare.platform.audit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeRowsTest {

    @Test
    void eachChangedFieldIsARowWithItsBeforeAndAfter() {
        assertThat(ChangeRows.of("{\"gross\":{\"before\":\"1425600.00\",\"after\":\"1603800.00\"},"
                + "\"reason\":{\"before\":null,\"after\":\"Dodatkowy respirator\"},\"lines\":{\"before\":3,\"after\":4}}"))
                .containsExactly(new ChangeRows.ChangeRow("gross", "1425600.00", "1603800.00"),
                        new ChangeRows.ChangeRow("reason", null, "Dodatkowy respirator"),
                        new ChangeRows.ChangeRow("lines", "3", "4"));
        assertThat(ChangeRows.of("{}")).isEmpty();
        assertThat(ChangeRows.of(null)).isEmpty();
    }
}
