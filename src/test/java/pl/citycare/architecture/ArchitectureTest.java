package pl.citycare.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks the {@link BoundaryRules} against the production classes of CityCare. */
@AnalyzeClasses(
        packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ExcludeFixtures.class})
class ArchitectureTest {

    static final String ROOT = "pl.citycare";

    @ArchTest
    static final ArchRule contexts_use_only_published_parts_of_other_contexts =
            BoundaryRules.contextsUseOnlyPublishedPartsOfOtherContexts(ROOT);

    @ArchTest
    static final ArchRule no_cycles_between_modules = BoundaryRules.noCyclesBetweenModules(ROOT);

    @ArchTest
    static final ArchRule platform_depends_on_no_context = BoundaryRules.platformDependsOnNoContext(ROOT);

    @ArchTest
    static final ArchRule shared_kernel_depends_on_no_other_module = BoundaryRules.sharedKernelDependsOnNoOtherModule(ROOT);

    @ArchTest
    static final ArchRule layers_depend_only_downwards = BoundaryRules.layersDependOnlyDownwards(ROOT);

    @ArchTest
    static final ArchRule no_persistence_access_in_web_or_api = BoundaryRules.noPersistenceAccessInWebOrApi(ROOT);

    @ArchTest
    static final ArchRule entities_are_audited_domain_tables_of_their_module =
            BoundaryRules.entitiesAreAuditedDomainTablesOfTheirModule(ROOT);

    @ArchTest
    static final ArchRule times_are_java_time_instants = BoundaryRules.timesAreJavaTimeInstants(ROOT);

    @ArchTest
    static final ArchRule application_services_are_guarded_ejbs = BoundaryRules.applicationServicesAreGuardedEjbs(ROOT);

    /** The deliberately violating classes of {@link BoundaryRulesFailTest} are never part of the real check. */
    static final class ExcludeFixtures implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/fixture/citycare/");
        }
    }
}
