package pl.citycare.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import pl.citycare.platform.security.domain.Role;

import java.util.concurrent.Callable;

/** Test helper: runs a piece of code as the health programme coordinator ({@code it-health-coordinator}). */
@Stateless
@RunAs(Role.Names.HEALTH_COORDINATOR)
@PermitAll
public class AsHealthCoordinator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
