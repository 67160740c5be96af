package pl.citycare.testing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import pl.citycare.platform.api.ApiAuthenticationFilter;
import pl.citycare.platform.api.Problems;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.testing.application.LabResults;
import pl.citycare.testing.application.LabResults.ItemOutcome;
import pl.citycare.testing.domain.lab.LabReport;
import pl.citycare.testing.domain.lab.UnmatchedResult.Received;
import pl.citycare.testing.domain.sample.Sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * {@code POST /api/testing/results}: a laboratory's system sends the results of samples, authenticated by
 * the lab's API key in {@code X-Api-Key}. All or nothing: a body that cannot be read, is too large, or has
 * an item that cannot be read gets 400 with an RFC 9457 problem naming each item and field, and nothing is
 * taken. Posting the same result again changes nothing; a result no sample fits waits for a clerk.
 */
@Path("/testing/results")
@RequestScoped
public class LabResultsResource {

    /** The most a post may carry: a day's results of a busy lab fit many times over. */
    static final int MAX_BYTES = 1_000_000;
    static final int MAX_ITEMS = 2_000;

    @Inject
    private LabResults labResults;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "A laboratory sends test results",
            description = "Each item: barcode, result (NEGATIVE, POSITIVE, INCONCLUSIVE, INVALID; SNOMED CT 260415000 / "
                    + "260373001; or the lab's word in Polish, English, Ukrainian or Russian), resultTime (ISO-8601 with an "
                    + "offset), and optionally passport, name and birthDate to help a clerk match a result whose barcode "
                    + "fits no sample. Idempotent on barcode and result time. At most " + MAX_ITEMS + " items and "
                    + MAX_BYTES + " bytes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two results",
            value = "{\"results\":[{\"barcode\":\"KRK-100123\",\"result\":\"260415000\",\"resultTime\":\"2026-11-26T09:30:00+01:00\"},"
                    + "{\"barcode\":\"KRK-100124\",\"result\":\"dodatni\",\"resultTime\":\"2026-11-26T09:31:00+01:00\","
                    + "\"passport\":\"FA123456\"}]}")))
    @APIResponse(responseCode = "200", description = "Every item taken: RECORDED, ALREADY_RECORDED, UNMATCHED (waits for a clerk) or ALREADY_WAITING")
    @APIResponse(responseCode = "400", description = "Malformed, too large, or an item that cannot be read (application/problem+json); nothing taken")
    @APIResponse(responseCode = "401", description = "No active API key in X-Api-Key (application/problem+json)")
    public Response post(@Parameter(description = "The laboratory's API key") @HeaderParam(ApiAuthenticationFilter.API_KEY_HEADER) String key,
                         InputStream body) throws IOException {
        if (key == null || key.isBlank()) {
            return unauthorized();
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return Problems.of(Response.Status.BAD_REQUEST, "too-large", "Body too large",
                    "A post may carry at most " + MAX_BYTES + " bytes; send the results in several posts.");
        }
        JsonObject json;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            json = Json.createReader(new StringReader(text)).readObject();
        } catch (CharacterCodingException e) {
            return malformed("The body is not valid UTF-8.");
        } catch (JsonException | IllegalStateException e) {
            return malformed("The body is not a JSON object: " + e.getMessage());
        }
        JsonValue items = json.get("results");
        if (items == null || items.getValueType() != JsonValue.ValueType.ARRAY) {
            return malformed("The body must be an object with a \"results\" array.");
        }
        if (items.asJsonArray().size() > MAX_ITEMS) {
            return Problems.of(Response.Status.BAD_REQUEST, "too-large", "Too many results",
                    "A post may carry at most " + MAX_ITEMS + " results; send them in several posts.");
        }
        var received = new ArrayList<Received>();
        JsonArrayBuilder errors = Json.createArrayBuilder();
        boolean wrong = false;
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        for (int i = 0; i < items.asJsonArray().size(); i++) {
            JsonValue item = items.asJsonArray().get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(error(i, "item", "must be an object"));
                wrong = true;
                continue;
            }
            JsonObject o = item.asJsonObject();
            LabReport.Reading reading = LabReport.read(text(o, "barcode"), text(o, "result"), text(o, "resultTime"),
                    text(o, "passport"), text(o, "name"), text(o, "birthDate"), null, Sample.Source.API);
            for (LabReport.Problem problem : reading.problems()) {
                errors.add(error(i, problem.field(), english.getString(problem.messageKey())));
                wrong = true;
            }
            reading.received().ifPresent(received::add);
        }
        if (wrong) {
            return Problems.of(Response.Status.BAD_REQUEST, "invalid-results", "Some results cannot be read",
                    "Nothing was taken; correct the items listed in errors and send the post again.", errors.build());
        }
        List<ItemOutcome> outcomes;
        try {
            outcomes = labResults.receive(key, received);
        } catch (LabResults.UnknownKey e) {
            return unauthorized();
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        outcomes.forEach(o -> results.add(Json.createObjectBuilder().add("index", o.index()).add("barcode", o.barcode())
                .add("outcome", o.outcome().name())));
        Map<LabResults.Outcome, Long> counts = outcomes.stream().collect(Collectors.groupingBy(ItemOutcome::outcome, Collectors.counting()));
        var summary = Json.createObjectBuilder();
        for (LabResults.Outcome outcome : LabResults.Outcome.values()) {
            summary.add(outcome.name(), counts.getOrDefault(outcome, 0L));
        }
        return Response.ok(Json.createObjectBuilder().add("results", results).add("summary", summary).build().toString(),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A string member, a number written as text, or null; other types count as not given. */
    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString() : null;
    }

    private static JsonObject error(int index, String field, String message) {
        return Json.createObjectBuilder().add("index", index).add("field", field).add("message", message).build();
    }

    private static Response malformed(String detail) {
        return Problems.of(Response.Status.BAD_REQUEST, "malformed", "Malformed body", detail);
    }

    private static Response unauthorized() {
        return Problems.of(Response.Status.UNAUTHORIZED, "unauthenticated", "No valid API key",
                "Send the laboratory's active API key in the " + ApiAuthenticationFilter.API_KEY_HEADER + " header.");
    }
}
