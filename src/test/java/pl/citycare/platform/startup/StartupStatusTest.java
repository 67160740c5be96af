package pl.citycare.platform.startup;

import org.junit.jupiter.api.Test;
import pl.citycare.platform.demo.DemoDataSet;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartupStatusTest {

    private final List<String> ran = new ArrayList<>();

    private StartupStatus.Step step(String name) {
        return new StartupStatus.Step(name, () -> ran.add(name));
    }

    @Test
    void aStartIsReadyOnlyWhenEveryStepRan() {
        var status = new StartupStatus();
        assertThat(status.phase()).isEqualTo(StartupStatus.Phase.STARTING);

        status.run(List.of(step("database migration"), step("audit trail"), step("demo data: users")));

        assertThat(status.phase()).isEqualTo(StartupStatus.Phase.READY);
        assertThat(status.failure()).isEmpty();
        assertThat(ran).containsExactly("database migration", "audit trail", "demo data: users");
        assertThat(status.completedSteps()).isEqualTo(ran);
    }

    @Test
    void aFailedDemoSetStopsTheStartAndNamesTheReason() {
        var status = new StartupStatus();

        status.run(List.of(step("database migration"),
                new StartupStatus.Step("demo data: health support", () -> {
                    throw new IllegalStateException("transaction rolled back",
                            new IllegalArgumentException("centre CPPP9 has no district"));
                }),
                step("demo data: testing")));

        assertThat(status.phase()).isEqualTo(StartupStatus.Phase.FAILED);
        assertThat(status.failure()).hasValue(
                "demo data: health support: IllegalArgumentException (centre CPPP9 has no district)");
        assertThat(ran).as("nothing after the failed step runs").containsExactly("database migration");
        assertThat(status.completedSteps()).containsExactly("database migration");
    }

    @Test
    void demoSetsLoadInTheirDeclaredOrderWhateverOrderCdiFindsThemIn() {
        List<DemoDataSet> found = List.of(set("procurement", DemoDataSet.PROCUREMENT), set("users", DemoDataSet.PLATFORM),
                set("testing", DemoDataSet.TESTING), set("health support", DemoDataSet.HEALTH_SUPPORT));

        assertThat(ApplicationStartup.inLoadOrder(found)).extracting(DemoDataSet::name)
                .containsExactly("users", "health support", "testing", "procurement");
    }

    private static DemoDataSet set(String name, int order) {
        return new DemoDataSet() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public void load() {
            }
        };
    }
}
