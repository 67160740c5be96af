package pl.citycare.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import pl.citycare.platform.security.domain.Role;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Test probe: who the caller is and which roles the container grants them. */
@Stateless
@PermitAll
public class WhoAmI {

    @Resource
    private SessionContext session;

    public String describe() {
        return session.getCallerPrincipal().getName() + " " + Arrays.stream(Role.values())
                .filter(r -> session.isCallerInRole(r.name())).map(Role::name).collect(Collectors.joining(","));
    }
}
