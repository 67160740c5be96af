package pl.citycare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The module boundaries of CityCare as ArchUnit rules.
 *
 * <p>Every factory takes the root package ({@code "pl.citycare"} for the application, another root for the
 * fixtures that prove the rules fail), so the same rule is checked against both. Contexts that do not exist
 * yet simply contribute no classes: each rule allows an empty selection.
 */
public final class BoundaryRules {

    /** The bounded contexts, as the package segment directly below the root. */
    static final List<String> CONTEXTS = List.of("healthsupport", "testing", "procurement");

    /** Layers of a context that other contexts must not touch (relative to the context package). */
    static final List<String> INTERNAL_LAYERS = List.of("domain", "web", "application.internal");

    private BoundaryRules() {
    }

    /**
     * A context uses another context only through its published {@code application} services, its {@code api}
     * types and CDI events carrying them, never its {@code domain}, {@code web} or {@code application.internal}:
     * the boundary keeps contexts independently changeable.
     */
    public static ArchRule contextsUseOnlyPublishedPartsOfOtherContexts(String root) {
        return classes()
                .that().resideInAnyPackage(contextPackages(root))
                .should(useOnlyPublishedPartsOfOtherContexts(root))
                .because("the boundary keeps contexts independently changeable")
                .allowEmptyShould(true);
    }

    /** The domain knows neither the UI ({@code web}) nor the published contracts ({@code api}) built on top of it. */
    public static ArchRule domainDependsOnNeitherWebNorApi(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..web..", root + "..api..")
                .because("the domain must not know the UI or the contracts published on top of it")
                .allowEmptyShould(true);
    }

    /** The shared kernel (money, identifiers, audit) depends on no context: every context may use it, so it must not pull one in. */
    public static ArchRule sharedKernelDependsOnNoContext(String root) {
        return noClasses()
                .that().resideInAPackage(root + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(contextPackages(root))
                .because("the shared kernel is used by every context and must not tie it to one of them")
                .allowEmptyShould(true);
    }

    /** The domain uses java.time, never {@code java.util.Date} or its {@code java.sql} subclasses ({@code Timestamp}, ...). */
    public static ArchRule domainUsesJavaTimeOnly(String root) {
        return noClasses()
                .that().resideInAPackage(root + "..domain..")
                .should().dependOnClassesThat().areAssignableTo(Date.class)
                .because("the legacy date types are mutable and zone-ambiguous; the domain uses java.time")
                .allowEmptyShould(true);
    }

    private static String[] contextPackages(String root) {
        return CONTEXTS.stream().map(context -> root + "." + context + "..").toArray(String[]::new);
    }

    private static ArchCondition<JavaClass> useOnlyPublishedPartsOfOtherContexts(String root) {
        return new ArchCondition<>("use other contexts only through their application or api packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = contextOf(root, origin).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    contextOf(root, target)
                            .filter(to -> !to.equals(from))
                            .flatMap(to -> internalLayerOf(root + "." + to, target.getPackageName())
                                    .map(layer -> to + "." + layer))
                            .ifPresent(forbidden -> events.add(SimpleConditionEvent.violated(dependency,
                                    "context " + from + " uses " + forbidden + ": " + dependency.getDescription())));
                }
            }
        };
    }

    private static Optional<String> contextOf(String root, JavaClass javaClass) {
        return CONTEXTS.stream()
                .filter(context -> isInPackage(javaClass.getPackageName(), root + "." + context))
                .findFirst();
    }

    private static Optional<String> internalLayerOf(String contextPackage, String packageName) {
        return INTERNAL_LAYERS.stream()
                .filter(layer -> isInPackage(packageName, contextPackage + "." + layer))
                .findFirst();
    }

    private static boolean isInPackage(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
