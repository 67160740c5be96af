package pl.citycare.procurement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import pl.citycare.platform.api.Problems;
import pl.citycare.procurement.application.OpenContracting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code GET /api/procurement/ocds/release-package}: the city's procurement as Open Contracting Data Standard
 * 1.1 release packages, public without sign-in (the city's open-data publication), for all processes or one.
 */
@Path("/procurement/ocds")
@RequestScoped
public class OcdsResource {

    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    private OpenContracting openContracting;

    @Context
    private UriInfo uri;

    @GET
    @Path("/release-package")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every contracting process as an OCDS 1.1 release package",
            description = "One release per procurement request with its current state: planning, tender, an award and a contract "
                    + "per signed contract with its amendments, deliveries (milestones) and paid invoices (transactions). "
                    + "Public; only company names and NIP/REGON of suppliers, no personal data.")
    @APIResponse(responseCode = "200", description = "The release package")
    public Response all() {
        return Response.ok(OcdsReleasePackage.of(uri.getRequestUri(), openContracting.publisher(), openContracting.processes(),
                Instant.now(), today()).toString(), JSON_UTF8).build();
    }

    @GET
    @Path("/release-package/{requestId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One contracting process (a procurement request and its contracts) as an OCDS 1.1 release package")
    @APIResponse(responseCode = "200", description = "The release package with the one release")
    @APIResponse(responseCode = "404", description = "No procurement request has this id")
    public Response one(@Parameter(description = "the procurement request's id (the ocid ends with request-<id>)")
                        @PathParam("requestId") long requestId) {
        return openContracting.process(requestId)
                .map(p -> Response.ok(OcdsReleasePackage.of(uri.getRequestUri(), openContracting.publisher(), List.of(p),
                        Instant.now(), today()).toString(), JSON_UTF8).build())
                .orElseGet(() -> Problems.of(Response.Status.NOT_FOUND, "no-such-process", "No such contracting process",
                        "No procurement request has the id " + requestId + "."));
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.system(ZoneId.of("Europe/Warsaw")));
    }
}
