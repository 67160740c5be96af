package pl.citycare.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules the modules of CityCare follow, as ArchUnit rules.
 * <p>
 * Every factory takes the root package ({@code "pl.citycare"} for the application, {@code "fixture.citycare"}
 * for the miniature that proves each rule fails). Nothing is listed by hand: a bounded context is any
 * package directly below the root other than {@link #PLATFORM} and {@link #SHARED}, and a layer is the
 * package segment {@code domain}, {@code application}, {@code web} or {@code api} wherever it stands. No
 * rule passes on an empty selection: a rule that checks nothing fails.
 */
public final class BoundaryRules {

    static final String PLATFORM = "platform";
    static final String SHARED = "shared";

    /** Layers from the bottom up: a layer may use the ones below it, never those above. */
    static final Map<String, Integer> LAYER_ORDER = Map.of("domain", 0, "application", 1, "web", 2, "api", 2);

    /** Table prefix of each module's entities (the module owns its tables). */
    static final Map<String, String> TABLE_PREFIXES = Map.of(
            PLATFORM, "app_", "healthsupport", "hs_", "testing", "ts_", "procurement", "pr_");

    static final String AUDITED_ENTITY = "pl.citycare.shared.audit.AuditedEntity";

    private static final Set<String> SESSION_BEANS = Set.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton",
            "jakarta.ejb.Stateful");
    private static final Set<String> BEAN_DEFINING = Set.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton",
            "jakarta.ejb.Stateful", "jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton");
    private static final Set<String> GUARDS = Set.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll");
    private static final List<String> JPA_ACCESS = List.of("jakarta.persistence.EntityManager",
            "jakarta.persistence.EntityManagerFactory", "jakarta.persistence.Query", "jakarta.persistence.TypedQuery",
            "jakarta.persistence.PersistenceContext", "jakarta.persistence.PersistenceUnit");

    private BoundaryRules() {
    }

    // ---- modules --------------------------------------------------------------------------------------------

    /**
     * A context uses another context only through its published {@code application} services, its {@code api}
     * types and CDI events carrying them, never its {@code domain}, {@code web} or {@code application.internal}
     * (so no other context's domain type appears in its signatures either).
     */
    public static ArchRule contextsUseOnlyPublishedPartsOfOtherContexts(String root) {
        return classes()
                .that(areInAContext(root))
                .should(useOnlyPublishedPartsOfOtherContexts(root))
                .because("the boundary keeps contexts independently changeable");
    }

    /** No cycle between the modules below the root (contexts, platform, shared kernel). */
    public static ArchRule noCyclesBetweenModules(String root) {
        return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a cycle would make two modules one");
    }

    /** The platform serves every context and knows none of them (contexts join it through CDI). */
    public static ArchRule platformDependsOnNoContext(String root) {
        return noClasses().that().resideInAPackage(root + "." + PLATFORM + "..")
                .should().dependOnClassesThat(areInAContext(root))
                .because("the platform is below the contexts: they plug into it, it never reaches into them");
    }

    /** The shared kernel (money, identifiers, audit) depends on no context and not on the platform. */
    public static ArchRule sharedKernelDependsOnNoOtherModule(String root) {
        return noClasses().that().resideInAPackage(root + "." + SHARED + "..")
                .should().dependOnClassesThat(areInAContext(root))
                .orShould().dependOnClassesThat().resideInAPackage(root + "." + PLATFORM + "..")
                .because("the shared kernel is used by every module and must not tie it to one of them");
    }

    // ---- layers ---------------------------------------------------------------------------------------------

    /** {@code web}/{@code api} → {@code application} → {@code domain}, anywhere below the root, never upwards. */
    public static ArchRule layersDependOnlyDownwards(String root) {
        return classes().that(areInALayer(root))
                .should(dependOnNoHigherLayer(root))
                .because("a lower layer that knows a higher one cannot be used without it");
    }

    /** Pages and REST resources reach the database only through application services. */
    public static ArchRule noPersistenceAccessInWebOrApi(String root) {
        return noClasses().that().resideInAnyPackage(root + "..web..", root + "..api..")
                .should().dependOnClassesThat().haveNameMatching(String.join("|", JPA_ACCESS).replace(".", "\\.")
                        + "|jakarta\\.persistence\\.criteria\\..*")
                .because("the transaction and the authorization live in the application service");
    }

    // ---- entities -------------------------------------------------------------------------------------------

    /** Entities live in a {@code domain} package, are audited, and use their module's table prefix. */
    public static ArchRule entitiesAreAuditedDomainTablesOfTheirModule(String root) {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should(beAuditedDomainEntitiesWithTheirModulesTablePrefix(root))
                .because("every change must reach the audit trail, and each module owns its tables");
    }

    /**
     * Instants are {@link java.time.Instant}: no {@code java.util.Date} or {@code java.sql} times anywhere,
     * and no {@code LocalDateTime} kept in the domain or a service. (A page may hold the wall-clock time a
     * clerk typed, and converts it to an instant in Polish time.)
     */
    public static ArchRule timesAreJavaTimeInstants(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().haveNameMatching("java\\.util\\.Date|java\\.sql\\.(Timestamp|Date|Time)")
                .orShould(haveLocalDateTimeFieldsOutsideWeb(root))
                .because("the legacy types are mutable and zone-ambiguous, and a LocalDateTime is no instant");
    }

    // ---- authorization --------------------------------------------------------------------------------------

    /**
     * Every public method of every application service is guarded by {@code @RolesAllowed}, {@code @PermitAll}
     * or {@code @DenyAll} (on the method or the class), and the service is an EJB, the kind of bean whose
     * container enforces those annotations.
     */
    public static ArchRule applicationServicesAreGuardedEjbs(String root) {
        return classes().that().resideInAPackage(root + "..application..")
                .and().arePublic()
                .and(areBeans())
                .should(beGuardedSessionBeans())
                .because("authorization sits where the data is, so that no page can forget it");
    }

    // ---- predicates and conditions --------------------------------------------------------------------------

    static Optional<String> moduleOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        return Optional.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
    }

    static Optional<String> contextOf(String root, String packageName) {
        return moduleOf(root, packageName).filter(m -> !m.equals(PLATFORM) && !m.equals(SHARED));
    }

    /** The layer segment nearest the class (e.g. {@code application} for {@code x.application.internal}). */
    static Optional<String> layerOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String[] segments = packageName.substring(root.length() + 1).split("\\.");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (LAYER_ORDER.containsKey(segments[i])) {
                return Optional.of(segments[i]);
            }
        }
        return Optional.empty();
    }

    private static DescribedPredicate<JavaClass> areInAContext(String root) {
        return DescribedPredicate.describe("are in a bounded context",
                c -> contextOf(root, c.getPackageName()).isPresent());
    }

    private static DescribedPredicate<JavaClass> areInALayer(String root) {
        return DescribedPredicate.describe("are in a layer", c -> layerOf(root, c.getPackageName()).isPresent());
    }

    private static DescribedPredicate<JavaClass> areBeans() {
        return DescribedPredicate.describe("are CDI beans or EJBs",
                c -> c.getAnnotations().stream().anyMatch(a -> BEAN_DEFINING.contains(a.getRawType().getName())));
    }

    private static ArchCondition<JavaClass> useOnlyPublishedPartsOfOtherContexts(String root) {
        return new ArchCondition<>("use other contexts only through their application or api packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = contextOf(root, origin.getPackageName()).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String targetPackage = target.getPackageName();
                    contextOf(root, targetPackage).filter(to -> !to.equals(from)).ifPresent(to -> {
                        String inside = targetPackage.substring((root + "." + to).length());
                        boolean published = inside.equals(".application") || inside.equals(".api")
                                || inside.startsWith(".api.") || (inside.startsWith(".application.")
                                && !inside.startsWith(".application.internal"));
                        if (!published) {
                            events.add(SimpleConditionEvent.violated(dependency, "context " + from + " uses "
                                    + to + inside + ": " + dependency.getDescription()));
                        }
                    });
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnNoHigherLayer(String root) {
        return new ArchCondition<>("depend on no class of a higher layer") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                int own = LAYER_ORDER.get(layerOf(root, origin.getPackageName()).orElseThrow());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    layerOf(root, target.getPackageName())
                            .filter(layer -> LAYER_ORDER.get(layer) > own)
                            .ifPresent(layer -> events.add(SimpleConditionEvent.violated(dependency,
                                    layerOf(root, origin.getPackageName()).orElseThrow() + " uses " + layer + ": "
                                            + dependency.getDescription())));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beAuditedDomainEntitiesWithTheirModulesTablePrefix(String root) {
        return new ArchCondition<>("reside in a domain package, extend AuditedEntity and use the module's table prefix") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                if (!"domain".equals(layerOf(root, entity.getPackageName()).orElse(""))) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " is an entity outside a domain package"));
                }
                if (!entity.isAssignableTo(AUDITED_ENTITY)) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " does not extend AuditedEntity"));
                }
                String module = moduleOf(root, entity.getPackageName()).orElse("?");
                String prefix = TABLE_PREFIXES.get(module);
                String table = entity.tryGetAnnotationOfType("jakarta.persistence.Table")
                        .map(t -> String.valueOf(t.get("name").orElse(""))).orElse("");
                if (prefix == null || !table.startsWith(prefix)) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " maps table '" + table
                            + "', not one with the prefix of module " + module + " (" + prefix + ")"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveLocalDateTimeFieldsOutsideWeb(String root) {
        return new ArchCondition<>("have LocalDateTime fields outside web") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if ("web".equals(layerOf(root, javaClass.getPackageName()).orElse(""))) {
                    return;
                }
                for (JavaField field : javaClass.getFields()) {
                    if (field.getRawType().getName().equals("java.time.LocalDateTime")) {
                        events.add(SimpleConditionEvent.satisfied(field, field.getFullName() + " is a LocalDateTime"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beGuardedSessionBeans() {
        return new ArchCondition<>("be EJB session beans whose public methods carry @RolesAllowed, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                if (service.getAnnotations().stream().noneMatch(a -> SESSION_BEANS.contains(a.getRawType().getName()))) {
                    events.add(SimpleConditionEvent.violated(service, service.getName()
                            + " is a CDI bean: its role annotations would not be enforced; make it an EJB"));
                }
                boolean classGuarded = isGuarded(service.getAnnotations());
                for (JavaMethod method : service.getMethods()) {
                    if (method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(JavaModifier.STATIC)
                            && !classGuarded && !isGuarded(method.getAnnotations())) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " is public and guarded by no @RolesAllowed, @PermitAll or @DenyAll"));
                    }
                }
            }
        };
    }

    private static boolean isGuarded(Set<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream().anyMatch(a -> GUARDS.contains(a.getRawType().getName()));
    }
}
