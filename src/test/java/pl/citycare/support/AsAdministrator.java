package pl.citycare.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import pl.citycare.platform.security.domain.Role;

import java.util.concurrent.Callable;

/** Test helper: runs a piece of code with the ADMIN role, as the administrator's pages do. */
@Stateless
@RunAs(Role.Names.ADMIN)
@PermitAll
public class AsAdministrator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
