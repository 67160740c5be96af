package pl.citycare.testing.domain.workerimport;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.employer.EmployerDetails;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.citycare.testing.domain.workerimport.WorkerColumn.*;

/** An import's life: chosen, started only with every required column, ended with the file let go; the employer's memory. */
class WorkerImportTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private static final Employer FARM = Employer.register(new EmployerDetails("Farma", "6260181591", null, "Adres 1",
            "Jan Kowalski", null, null));

    @Test
    void startsOnlyWithACompleteMappingAndOnce() {
        var upload = WorkerImport.upload(FARM, "lista.csv", new byte[] {1}, NOW, "clerk");
        upload.choose(0, new ColumnMapping(Arrays.asList(SURNAME, GIVEN_NAMES, PASSPORT, null)));
        assertThatThrownBy(() -> upload.start(10, NOW)).isInstanceOf(RuleViolation.class).hasMessageContaining("mapping");
        upload.choose(0, new ColumnMapping(Arrays.asList(SURNAME, GIVEN_NAMES, PASSPORT, BIRTH_DATE)));
        assertThat(upload.mapping().columns()).containsExactly(SURNAME, GIVEN_NAMES, PASSPORT, BIRTH_DATE);
        upload.start(10, NOW);
        assertThat(upload.getStatus()).isEqualTo(ImportStatus.RUNNING);
        assertThatThrownBy(() -> upload.start(10, NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> upload.choose(1, upload.mapping())).isInstanceOf(RuleViolation.class);
        upload.finish(7, 1, 1, 1, NOW);
        assertThat(upload.getStatus()).isEqualTo(ImportStatus.DONE);
        assertThat(upload.getContent()).as("the file is let go").isNull();
        assertThat(upload.getRowsDone()).isEqualTo(10);
    }

    @Test
    void aMappingWithBlankColumnsSurvivesStorage() {
        var upload = WorkerImport.upload(FARM, null, new byte[] {1}, NOW, "clerk");
        upload.choose(0, new ColumnMapping(Arrays.asList(null, SURNAME, null)));
        assertThat(upload.mapping().columns()).containsExactly(null, SURNAME, null);
        assertThat(upload.getFileName()).isEqualTo("list");
    }

    @Test
    void theEmployersMemoryKeepsEarlierHeadersAndTakesTheLatestChoice() {
        var memory = new RememberedMapping(5);
        memory.remember(Map.of("nr dok", PASSPORT, "ur", BIRTH_DATE));
        memory.remember(Map.of("ur", PHONE, "a=b", ACCOMMODATION));
        assertThat(memory.choices()).containsOnly(Map.entry("nr dok", PASSPORT), Map.entry("ur", PHONE), Map.entry("a=b", ACCOMMODATION));
        assertThat(List.copyOf(memory.choices().values())).hasSize(3);
    }
}
