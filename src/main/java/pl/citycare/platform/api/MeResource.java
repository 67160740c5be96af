package pl.citycare.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.ownaccount.application.OwnAccount;

import java.util.Arrays;
import java.util.List;

/** Who the caller is: lets API clients and the browser check their session and roles. */
@Path("/me")
@RequestScoped
public class MeResource {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OwnAccount ownAccount;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user: username, display name, roles and language")
    public Response me() {
        var caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return ownAccount.profile()
                .map(a -> Response.ok(new Me(a.username(), a.displayName(),
                        Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.name()))
                                .map(Role::name).toList(),
                        a.preferredLocale())).build())
                .orElse(Response.status(Response.Status.UNAUTHORIZED).build());
    }

    /** The JSON answer. */
    public record Me(String username, String displayName, List<String> roles, String language) {
    }
}
