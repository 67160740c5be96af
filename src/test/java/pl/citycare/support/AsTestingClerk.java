package pl.citycare.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import pl.citycare.platform.security.domain.Role;

import java.util.concurrent.Callable;

/** Test helper: runs a piece of code as a testing clerk ({@code it-testing-clerk}). */
@Stateless
@RunAs(Role.Names.TESTING_CLERK)
@PermitAll
public class AsTestingClerk {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
