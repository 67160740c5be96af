package pl.citycare.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.Role;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor changes nothing, whatever the request: every business method of every CityCare service whose roles
 * do not name the auditor is called with an auditor's identity, and each must be refused by the container before
 * its body runs (so the arguments, all empty here, never matter). Methods a service lets the auditor call are
 * reads by design and are not called here. The services are found in the running
 * application, so a service added tomorrow is checked too. Pages call these services; a form posted with an
 * auditor's session ends at the same guard. Runs in {@code CityCareIT}.
 */
public interface AuditorReadOnlyTests {

    @Test
    default void anAuditorIsRefusedEveryServiceMethodTheirRoleIsNotListedFor() throws Exception {
        Set<Class<?>> services = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (Bean<?> bean : CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith("pl.citycare.") && type.isAnnotationPresent(Stateless.class)
                    && !type.getName().startsWith("pl.citycare.support.")) {
                services.add(type);
            }
        }
        var refused = new ArrayList<String>();
        var notRefused = new ArrayList<String>();
        for (Class<?> service : services) {
            Object proxy = Beans.get(service);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()
                        || method.isAnnotationPresent(PermitAll.class) || allowsAuditor(service, method)) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                if (refusedToAuditor(proxy, method)) {
                    refused.add(name);
                } else {
                    notRefused.add(name);
                }
            }
        }
        assertThat(notRefused).as("service methods an auditor reached although their roles do not name the auditor").isEmpty();
        assertThat(refused).as("the check is not vacuous: the writes of the three contexts and the platform")
                .hasSizeGreaterThan(60)
                .contains("Contracts.amend", "Suppliers.register", "Workers.register", "WorkerImports.start", "TestingRetention.runBatch");
    }

    private static boolean allowsAuditor(Class<?> service, Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : service.getAnnotation(RolesAllowed.class);
        // Beans without roles (start-up, demo data, the timers' own) are not services a request reaches: not called.
        return roles == null || Arrays.asList(roles.value()).contains(Role.Names.AUDITOR);
    }

    private static boolean refusedToAuditor(Object proxy, Method method) throws Exception {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(AuditorReadOnlyTests::empty).toArray();
        try {
            Object result = Beans.get(AsAuditor.class).call(() -> {
                try {
                    return method.invoke(proxy, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException unchecked) {
                        throw unchecked; // as a direct call would throw it
                    }
                    throw e;
                }
            });
            if (result instanceof Future<?> future) {
                future.get();
            }
            return false;
        } catch (InvocationTargetException wrapped) {
            return wrapped.getCause() instanceof EJBAccessException;
        } catch (ExecutionException async) {
            return async.getCause() instanceof EJBAccessException;
        } catch (EJBAccessException refused) {
            return true;
        } catch (RuntimeException other) {
            return other.getCause() instanceof EJBAccessException;
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == int.class) {
            return 0;
        }
        return type == short.class ? (short) 0 : (byte) 0;
    }

}
