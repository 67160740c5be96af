package pl.citycare.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import pl.citycare.platform.security.domain.Role;

import java.util.concurrent.Callable;

/** Test helper: runs a piece of code as a centre psychologist ({@code it-centre-psychologist}). */
@Stateless
@RunAs(Role.Names.CENTRE_PSYCHOLOGIST)
@PermitAll
public class AsCentrePsychologist {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
