package pl.citycare.healthsupport.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import pl.citycare.healthsupport.application.HelpDirectory;
import pl.citycare.healthsupport.application.HelpDirectory.HelpCentre;
import pl.citycare.healthsupport.application.HelpDirectory.Listing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code GET /api/public/help-directory}: the First Psychological Aid Centres and the hotline, as JSON for
 * the city's residents' help platform. No sign-in; cacheable, with an ETag over the content, so the
 * platform can poll it cheaply.
 */
@Path("/public/help-directory")
@RequestScoped
public class HelpDirectoryResource {

    /** How long a cache may keep the listing without asking again. */
    static final int MAX_AGE_SECONDS = 300;

    @Inject
    private HelpDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where residents get psychological help",
            description = "The psychological hotline (phone, hours) and every First Psychological Aid Centre that "
                    + "takes clients (code, name, address, district, phone, opening hours). Public; answers 304 to "
                    + "If-None-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "The directory as JSON")
    @APIResponse(responseCode = "304", description = "Not changed since the ETag given")
    public Response helpDirectory(@Context Request request) {
        String json = toJson(directory.listing()).toString();
        EntityTag tag = new EntityTag(sha256(json));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache).build();
    }

    static JsonObject toJson(Listing listing) {
        JsonArrayBuilder centres = Json.createArrayBuilder();
        for (HelpCentre c : listing.centres()) {
            JsonObjectBuilder centre = Json.createObjectBuilder()
                    .add("code", c.code()).add("name", c.name()).add("address", c.address())
                    .add("district", Json.createObjectBuilder().add("number", c.district().number())
                            .add("name", c.district().officialName()));
            addIfPresent(centre, "phone", c.phone());
            addIfPresent(centre, "openingHours", c.openingHours());
            centres.add(centre);
        }
        return Json.createObjectBuilder()
                .add("hotline", Json.createObjectBuilder().add("phone", listing.hotline().phone())
                        .add("hours", listing.hotline().hours()))
                .add("centres", centres)
                .build();
    }

    private static void addIfPresent(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
