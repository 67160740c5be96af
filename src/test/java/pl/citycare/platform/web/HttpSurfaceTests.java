package pl.citycare.platform.web;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import pl.citycare.support.Server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the packaged application answers over HTTP before anyone signs in: operations endpoints,
 * security headers, access control and error pages. Client-side tests in {@code CityCareIT}.
 */
public interface HttpSurfaceTests extends Server {

    private HttpClient http() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(server().resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @RunAsClient
    default void readinessReportsTheStartUpCompleteAndTheDatabaseUp() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"")
                .contains("\"startup\":\"ready\"")
                .contains("\"schemaVersion\":\"" + latestMigration() + "\"");
    }

    /** The highest V&lt;n&gt; among the migrations in the source tree. */
    private static int latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    @Test
    @RunAsClient
    default void loginPageCarriesTheSecurityHeadersAndAHardenedSessionCookie() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        var csp = login.headers().allValues("Content-Security-Policy");
        assertThat(csp).anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'"));
        assertThat(csp).anyMatch(p -> p.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID=")
                && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        assertThat(login.body()).contains("lang=\"pl\"").contains("Nazwa użytkownika").contains("Hasło");
    }

    @Test
    @RunAsClient
    default void everyPageButLoginAsksToSignIn() throws Exception {
        for (String path : new String[]{"/", "/index.xhtml", "/audit/trail.xhtml", "/healthsupport/centres.xhtml",
                "/admin/users.xhtml"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login.xhtml"));
            assertThat(response.body()).as(path).doesNotContain("AUDITOR").doesNotContain("UserAccount");
        }
    }

    @Test
    @RunAsClient
    default void theApiAnswersAnUnauthenticatedClientWithJson401NotALoginRedirect() throws Exception {
        HttpResponse<String> me = get("/api/me", "Accept", "application/json");

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(me.body()).contains("\"error\":\"unauthenticated\"");
        assertThat(me.headers().firstValue("Location")).isEmpty();
    }

    /** A client that does not run PrimeFaces' scripts posts the login form without the CSP nonce. */
    @Test
    @RunAsClient
    default void aLoginPostWithoutTheCspNonceIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        var viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(viewState.find()).as("the form carries a ViewState").isTrue();
        String form = "login=login&login%3Ausername=admin&login%3Apassword=whatever&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> post = http().send(HttpRequest.newBuilder(server().resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.body()).doesNotContain("Exception").doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.");
    }

    @Test
    @RunAsClient
    default void anUnknownPageGetsTheTranslatedNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> missing = get("/error/404.xhtml");

        assertThat(missing.body()).contains("Nie znaleziono strony").contains("Numer żądania")
                .doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.").doesNotContain("Caused by");
    }

    @Test
    @RunAsClient
    default void theServerErrorPageIsTranslatedAndGivesARequestNumber() throws Exception {
        HttpResponse<String> error = get("/error/500.xhtml");

        assertThat(error.body()).contains("Wystąpił błąd").contains("Nic, co zapisano wcześniej, nie zostało utracone")
                .contains(error.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    @RunAsClient
    default void metricsAndLivenessAreServed() throws Exception {
        assertThat(get("/health/live").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = get("/metrics", "Accept", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    @RunAsClient
    default void openApiDescribesTheRestApi() throws Exception {
        HttpResponse<String> openapi = get("/openapi");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("CityCare API").contains("/api/me");
    }

    @Test
    @RunAsClient
    default void traceIsRefused() throws Exception {
        HttpResponse<String> trace = http().send(HttpRequest.newBuilder(server().resolve("/login.xhtml"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(trace.statusCode()).isIn(403, 405);
    }
}
