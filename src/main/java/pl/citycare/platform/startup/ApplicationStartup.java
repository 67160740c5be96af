package pl.citycare.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.platform.crypto.EncryptionKeyCheck;
import pl.citycare.platform.demo.DemoDataSet;
import pl.citycare.platform.persistence.DatabaseMigration;
import pl.citycare.platform.persistence.ProductionDatabaseCheck;
import pl.citycare.shared.audit.AuditTrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The only start-up bean: one explicit order instead of several {@code @Startup} beans whose order
 * depends on which of them touched a shared bean first. Refuse a production start on the repository's
 * default database, migrate the schema, prepare the audit trail (suspended only for a benchmark on generated data),
 * check that the encryption keys are the ones the data was sealed with, then load each context's demo
 * data (when switched on) in the order the sets declare, each set in a
 * transaction of its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway and each demo set run their own transactions
public class ApplicationStartup {

    @Inject
    private ProductionDatabaseCheck productionDatabase;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private UnauditedBenchmark unauditedBenchmark;

    @Inject
    private EncryptionKeyCheck encryptionKeys;

    @Inject
    @Any
    private Instance<DemoDataSet> demoDataSets;

    @Inject
    @ConfigProperty(name = "citycare.demo-data", defaultValue = "false")
    private boolean demoData;

    @Inject
    private StartupStatus status;

    @PostConstruct
    void start() {
        var steps = new ArrayList<StartupStatus.Step>();
        steps.add(new StartupStatus.Step("database settings", productionDatabase::verify));
        steps.add(new StartupStatus.Step("database migration", migration::migrate));
        steps.add(new StartupStatus.Step("audit trail", auditTrail::prepare));
        if (unauditedBenchmark.requested()) {
            steps.add(new StartupStatus.Step("benchmark without the audit trail", unauditedBenchmark::apply));
        }
        steps.add(new StartupStatus.Step("encryption keys", encryptionKeys::verify));
        if (demoData) {
            for (DemoDataSet set : inLoadOrder(demoDataSets)) {
                steps.add(new StartupStatus.Step("demo data: " + set.name(), set::load));
            }
        }
        status.run(steps);
    }

    static List<DemoDataSet> inLoadOrder(Iterable<DemoDataSet> sets) {
        var ordered = new ArrayList<DemoDataSet>();
        sets.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(DemoDataSet::order).thenComparing(DemoDataSet::name));
        return ordered;
    }
}
