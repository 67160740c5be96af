package pl.citycare.shared.audit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every persistent field of every audited entity is either in its {@code auditState()} or marked
 * {@link AuditExcluded} with a reason: a field added later is never silently unaudited, and a secret
 * never silently enters the trail.
 */
class AuditedFieldsTest {

    @Test
    void everyPersistentFieldIsAuditedOrExcludedWithAReason() throws Exception {
        List<Class<?>> entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.citycare").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::reflect)
                .toList();
        assertThat(entities).as("entities found (the check is not vacuous)").hasSizeGreaterThanOrEqualTo(3);

        List<String> unaccounted = new ArrayList<>();
        for (Class<?> entity : entities) {
            assertThat(AuditedEntity.class).as(entity.getName()).isAssignableFrom(entity);
            Map<String, Object> state = auditStateOf(entity);
            for (Class<?> c = entity; c != AuditedEntity.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (isPersistent(field) && !state.containsKey(field.getName())) {
                        AuditExcluded excluded = field.getAnnotation(AuditExcluded.class);
                        if (excluded == null || excluded.value().isBlank()) {
                            unaccounted.add(entity.getSimpleName() + "." + field.getName());
                        }
                    }
                }
            }
        }
        assertThat(unaccounted).as("persistent fields neither audited nor excluded with a reason").isEmpty();
    }

    private static boolean isPersistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Transient.class) && !field.isAnnotationPresent(Id.class)
                && !field.isAnnotationPresent(Version.class);
    }

    private static Map<String, Object> auditStateOf(Class<?> entity) throws Exception {
        Constructor<?> constructor = entity.getDeclaredConstructor();
        constructor.setAccessible(true);
        AuditedEntity instance = (AuditedEntity) constructor.newInstance();
        return instance.auditState();
    }
}
