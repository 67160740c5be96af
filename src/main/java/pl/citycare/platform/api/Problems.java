package pl.citycare.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Problem details for HTTP APIs (RFC 9457): what the API answers when a client's request cannot be taken,
 * as {@code application/problem+json} with a type, a title, the status and a detail a developer can act on.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String TYPES = "https://citycare.krakow.pl/problems/";

    private Problems() {
    }

    /** A problem of type {@code …/problems/<type>}. */
    public static Response of(Response.Status status, String type, String title, String detail) {
        return of(status, type, title, detail, null);
    }

    /** A problem with the list of what was wrong, item by item ({@code errors}). */
    public static Response of(Response.Status status, String type, String title, String detail, JsonArray errors) {
        var problem = Json.createObjectBuilder()
                .add("type", TYPES + type)
                .add("title", title)
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (errors != null) {
            problem.add("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(problem.build().toString()).build();
    }
}
