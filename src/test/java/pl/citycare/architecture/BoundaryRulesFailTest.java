package pl.citycare.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fixture.citycare.healthsupport.api.SupportGranted;
import fixture.citycare.healthsupport.application.PurchasingClient;
import fixture.citycare.healthsupport.application.SomePublishedService;
import fixture.citycare.healthsupport.application.internal.SupportCalculator;
import fixture.citycare.healthsupport.domain.SomeEntity;
import fixture.citycare.healthsupport.domain.UiAwareEntity;
import fixture.citycare.healthsupport.web.SupportView;
import fixture.citycare.platform.web.ContextAwareMenu;
import fixture.citycare.procurement.domain.LegacyDatedTender;
import fixture.citycare.procurement.domain.LocalTimedTender;
import fixture.citycare.shared.ContextAwareMoney;
import fixture.citycare.shared.PlatformAwareMoney;
import fixture.citycare.testing.application.CdiService;
import fixture.citycare.testing.application.GuardedService;
import fixture.citycare.testing.application.PageAwareService;
import fixture.citycare.testing.application.UnguardedService;
import fixture.citycare.testing.domain.ForeignTableSample;
import fixture.citycare.testing.domain.Sample;
import fixture.citycare.testing.domain.ServiceCallingSample;
import fixture.citycare.testing.domain.UnauditedSample;
import fixture.citycare.testing.web.DomainPeekingView;
import fixture.citycare.testing.web.InternalsPeekingView;
import fixture.citycare.testing.web.MisplacedEntity;
import fixture.citycare.testing.web.PublishedServiceView;
import fixture.citycare.testing.web.QueryingView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that each {@link BoundaryRules} rule reports what it is for, using the miniature CityCare in
 * {@code fixture.citycare}, and that none passes when it has nothing to check.
 */
class BoundaryRulesFailTest {

    private static final String ROOT = "fixture.citycare";

    private static JavaClasses fixtureClasses;

    @BeforeAll
    static void importFixtures() {
        fixtureClasses = new ClassFileImporter().importPackages(ROOT);
    }

    private static String violationsOf(ArchRule rule) {
        try {
            rule.check(fixtureClasses);
        } catch (AssertionError expected) {
            return expected.getMessage();
        }
        throw new AssertionError("the rule found nothing wrong in the fixtures: " + rule.getDescription());
    }

    @Test
    void contextBoundaryReportsUseOfAnotherContextsDomainWebAndInternals() {
        String violations = violationsOf(BoundaryRules.contextsUseOnlyPublishedPartsOfOtherContexts(ROOT));

        assertThat(violations)
                .contains(DomainPeekingView.class.getName(), SomeEntity.class.getName(),
                        InternalsPeekingView.class.getName(), SupportCalculator.class.getName(), SupportView.class.getName())
                .contains("context testing uses healthsupport.domain")
                .contains("context testing uses healthsupport.application.internal")
                .contains("context testing uses healthsupport.web")
                // published service, api event and a context's use of its own internals are not violations
                .doesNotContain(PublishedServiceView.class.getName())
                .doesNotContain("<" + SomePublishedService.class.getName())
                .doesNotContain("<" + UiAwareEntity.class.getName());
    }

    @Test
    void contextBoundaryAllowsPublishedServiceApiTypesAndEvents() {
        JavaClasses allowed = new ClassFileImporter()
                .importClasses(PublishedServiceView.class, SomePublishedService.class, SupportGranted.class);

        assertThatCode(() -> BoundaryRules.contextsUseOnlyPublishedPartsOfOtherContexts(ROOT).check(allowed))
                .doesNotThrowAnyException();
    }

    @Test
    void aCycleBetweenContextsIsReported() {
        assertThat(violationsOf(BoundaryRules.noCyclesBetweenModules(ROOT)))
                .contains(PurchasingClient.class.getName()).contains("procurement");
    }

    @Test
    void thePlatformMustNotKnowAContext() {
        assertThat(violationsOf(BoundaryRules.platformDependsOnNoContext(ROOT)))
                .contains(ContextAwareMenu.class.getName()).contains(SomePublishedService.class.getName());
    }

    @Test
    void theSharedKernelMustNotKnowAContextOrThePlatform() {
        assertThat(violationsOf(BoundaryRules.sharedKernelDependsOnNoOtherModule(ROOT)))
                .contains(ContextAwareMoney.class.getName()).contains(PlatformAwareMoney.class.getName());
    }

    @Test
    void layersMustNotDependUpwards() {
        assertThat(violationsOf(BoundaryRules.layersDependOnlyDownwards(ROOT)))
                .contains(PageAwareService.class.getName() + "", "application uses web")
                .contains(ServiceCallingSample.class.getName(), "domain uses application")
                .contains(UiAwareEntity.class.getName(), "domain uses web", "domain uses api")
                .doesNotContain("<" + PublishedServiceView.class.getName());
    }

    @Test
    void webAndApiMustNotQueryTheDatabase() {
        assertThat(violationsOf(BoundaryRules.noPersistenceAccessInWebOrApi(ROOT)))
                .contains(QueryingView.class.getName()).contains("jakarta.persistence.EntityManager");
    }

    @Test
    void entitiesMustBeAuditedDomainTablesOfTheirModule() {
        assertThat(violationsOf(BoundaryRules.entitiesAreAuditedDomainTablesOfTheirModule(ROOT)))
                .contains(UnauditedSample.class.getName() + " does not extend AuditedEntity")
                .contains(MisplacedEntity.class.getName() + " is an entity outside a domain package")
                .contains(ForeignTableSample.class.getName() + " maps table 'pr_contract'")
                .doesNotContain(Sample.class.getName() + " ");
    }

    @Test
    void legacyTimeTypesAndLocalDateTimeFieldsAreReported() {
        assertThat(violationsOf(BoundaryRules.timesAreJavaTimeInstants(ROOT)))
                .contains(LegacyDatedTender.class.getName(), "java.util.Date", "java.sql.Timestamp")
                .contains(LocalTimedTender.class.getName() + ".signedAt is a LocalDateTime");
    }

    @Test
    void unguardedApplicationMethodsAndCdiServicesAreReported() {
        assertThat(violationsOf(BoundaryRules.applicationServicesAreGuardedEjbs(ROOT)))
                .contains(UnguardedService.class.getName() + ".forgotten() is public and guarded by no")
                .doesNotContain(UnguardedService.class.getName() + ".guarded()")
                .contains(CdiService.class.getName() + " is a CDI bean")
                .doesNotContain(GuardedService.class.getName());
    }

    /** A rule that finds nothing to check fails: none of them can pass because a package was renamed. */
    @Test
    void noRulePassesOnNothing() {
        JavaClasses none = new ClassFileImporter().importPackages("fixture.citycare.nothing.here");
        List<Function<String, ArchRule>> rules = List.of(
                BoundaryRules::contextsUseOnlyPublishedPartsOfOtherContexts, BoundaryRules::noCyclesBetweenModules,
                BoundaryRules::platformDependsOnNoContext, BoundaryRules::sharedKernelDependsOnNoOtherModule,
                BoundaryRules::layersDependOnlyDownwards, BoundaryRules::noPersistenceAccessInWebOrApi,
                BoundaryRules::entitiesAreAuditedDomainTablesOfTheirModule, BoundaryRules::timesAreJavaTimeInstants,
                BoundaryRules::applicationServicesAreGuardedEjbs);
        for (Function<String, ArchRule> rule : rules) {
            assertThatThrownBy(() -> rule.apply(ROOT).check(none)).as(rule.apply(ROOT).getDescription())
                    .isInstanceOf(AssertionError.class);
        }
    }
}
