package pl.citycare.platform.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import pl.citycare.platform.api.Problems;
import pl.citycare.platform.audit.application.AuditTrailReading;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.shared.audit.ChainVerification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /api/audit/verification}: the same verification as the audit trail page, for an auditor's session
 * (the service refuses anyone else with 403). Days are Europe/Warsaw days, both ends included.
 */
@Path("/audit/verification")
@RequestScoped
public class AuditVerificationResource {

    @Inject
    private AuditTrailReading trail;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verifies the audit trail's hash chain (all of it, or the days given) and names the first broken link")
    public Response verify(@Parameter(description = "first day, YYYY-MM-DD (Europe/Warsaw); omitted: from the first event")
                           @QueryParam("from") String from,
                           @Parameter(description = "last day, included, YYYY-MM-DD (Europe/Warsaw); omitted: up to the head")
                           @QueryParam("to") String to) {
        LocalDate first;
        LocalDate last;
        try {
            first = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            last = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "bad-date", "Unreadable day", "Give days as YYYY-MM-DD.");
        }
        if (first != null && last != null && last.isBefore(first)) {
            return Problems.of(Response.Status.BAD_REQUEST, "bad-range", "Range backwards", "The last day is before the first.");
        }
        Instant start = first == null ? null : first.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        ChainVerification verdict = trail.verify(start, end);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("intact", verdict.intact())
                .add("eventsChecked", verdict.eventsChecked());
        if (first != null) {
            json.add("from", first.toString());
        }
        if (last != null) {
            json.add("to", last.toString());
        }
        if (!verdict.intact()) {
            json.add("brokenAtSeq", verdict.brokenAtSeq()).add("problem", verdict.problem().name());
            if (verdict.brokenAt() != null) {
                json.add("brokenAt", verdict.brokenAt().toString());
            }
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).build();
    }
}
