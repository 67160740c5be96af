package pl.citycare.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fixture.citycare.healthsupport.api.SupportGranted;
import fixture.citycare.healthsupport.application.SomePublishedService;
import fixture.citycare.healthsupport.application.internal.SupportCalculator;
import fixture.citycare.healthsupport.domain.SomeEntity;
import fixture.citycare.healthsupport.domain.UiAwareEntity;
import fixture.citycare.healthsupport.web.SupportView;
import fixture.citycare.procurement.domain.LegacyDatedTender;
import fixture.citycare.procurement.domain.Tender;
import fixture.citycare.shared.ContextAwareMoney;
import fixture.citycare.testing.web.DomainPeekingView;
import fixture.citycare.testing.web.InternalsPeekingView;
import fixture.citycare.testing.web.PublishedServiceView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves that each {@link BoundaryRules} rule reports a violation, using the classes in {@code fixture.citycare}. */
class BoundaryRulesFailTest {

    private static final String ROOT = "fixture.citycare";

    private static JavaClasses fixtureClasses;

    @BeforeAll
    static void importFixtures() {
        fixtureClasses = new ClassFileImporter().importPackages(ROOT);
    }

    @Test
    void fixturesAreImported() {
        assertThat(fixtureClasses.contain(DomainPeekingView.class)).isTrue();
        assertThat(fixtureClasses.contain(ContextAwareMoney.class)).isTrue();
    }

    @Test
    void contextBoundaryReportsUseOfAnotherContextsDomainWebAndInternals() {
        ArchRule rule = BoundaryRules.contextsUseOnlyPublishedPartsOfOtherContexts(ROOT);

        assertThatThrownBy(() -> rule.check(fixtureClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(DomainPeekingView.class.getName())
                .hasMessageContaining(SomeEntity.class.getName())
                .hasMessageContaining(InternalsPeekingView.class.getName())
                .hasMessageContaining(SupportCalculator.class.getName())
                .hasMessageContaining(SupportView.class.getName())
                .hasMessageContaining("context testing uses healthsupport.domain")
                .hasMessageContaining("context testing uses healthsupport.application.internal")
                .hasMessageContaining("context testing uses healthsupport.web")
                // published service, api event and a context's use of its own internals are not violations
                .satisfies(error -> assertThat(error.getMessage())
                        .doesNotContain(PublishedServiceView.class.getName())
                        .doesNotContain("<" + SomePublishedService.class.getName())
                        .doesNotContain("<" + UiAwareEntity.class.getName()));
    }

    @Test
    void contextBoundaryAllowsPublishedServiceApiTypesAndEvents() {
        JavaClasses allowed = new ClassFileImporter()
                .importClasses(PublishedServiceView.class, SomePublishedService.class, SupportGranted.class);

        assertThatCode(() -> BoundaryRules.contextsUseOnlyPublishedPartsOfOtherContexts(ROOT).check(allowed))
                .doesNotThrowAnyException();
    }

    @Test
    void domainMustNotDependOnWebOrApi() {
        ArchRule rule = BoundaryRules.domainDependsOnNeitherWebNorApi(ROOT);

        assertThatThrownBy(() -> rule.check(fixtureClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UiAwareEntity.class.getName())
                .hasMessageContaining(SupportView.class.getName())
                .hasMessageContaining(SupportGranted.class.getName());
    }

    @Test
    void sharedKernelMustNotDependOnAContext() {
        ArchRule rule = BoundaryRules.sharedKernelDependsOnNoContext(ROOT);

        assertThatThrownBy(() -> rule.check(fixtureClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ContextAwareMoney.class.getName())
                .hasMessageContaining(Tender.class.getName());
    }

    @Test
    void domainMustNotUseLegacyDateTypes() {
        ArchRule rule = BoundaryRules.domainUsesJavaTimeOnly(ROOT);

        assertThatThrownBy(() -> rule.check(fixtureClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(LegacyDatedTender.class.getName())
                .hasMessageContaining("java.util.Date")
                .hasMessageContaining("java.sql.Timestamp");
    }

    @Test
    void everyRuleHoldsWhileTheContextsAreStillEmpty() {
        JavaClasses none = new ClassFileImporter().importPackages("fixture.citycare.nothing.here");

        assertThatCode(() -> {
            BoundaryRules.contextsUseOnlyPublishedPartsOfOtherContexts(ROOT).check(none);
            BoundaryRules.domainDependsOnNeitherWebNorApi(ROOT).check(none);
            BoundaryRules.sharedKernelDependsOnNoContext(ROOT).check(none);
            BoundaryRules.domainUsesJavaTimeOnly(ROOT).check(none);
        }).doesNotThrowAnyException();
    }
}
