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
    static final ArchRule domain_depends_on_neither_web_nor_api = BoundaryRules.domainDependsOnNeitherWebNorApi(ROOT);

    @ArchTest
    static final ArchRule shared_kernel_depends_on_no_context = BoundaryRules.sharedKernelDependsOnNoContext(ROOT);

    @ArchTest
    static final ArchRule domain_uses_java_time_only = BoundaryRules.domainUsesJavaTimeOnly(ROOT);

    /** The deliberately violating classes of {@link BoundaryRulesFailTest} are never part of the real check. */
    static final class ExcludeFixtures implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/fixture/citycare/");
        }
    }
}
