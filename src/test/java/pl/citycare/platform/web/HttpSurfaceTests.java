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

    /** The highest V&lt;n&gt; among the migrations in the source tree, the databases' own included. */
    private static int latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/db"))) {
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

    /**
     * Every kind of answer carries the security headers, not only Faces pages: a script or style resource, a
     * style sheet of our own, the REST API (its 401 and a public operation's 404), the public result check, the
     * error pages, the redirect of a signed-out request to the sign-in page, and no server banner anywhere.
     */
    @Test
    @RunAsClient
    default void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");
        var resource = java.util.regex.Pattern.compile("src=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        assertThat(resource.find()).as("the sign-in page loads a script resource").isTrue();

        var paths = new java.util.LinkedHashMap<String, Integer>();
        paths.put("/login.xhtml", 200);
        paths.put(resource.group(1).replace("&amp;", "&"), 200);
        paths.put("/jakarta.faces.resource/citycare.css.xhtml?ln=citycare", 200); // our own static style sheet
        paths.put("/api/me", 401);
        paths.put("/api/procurement/ocds/release-package/999999999", 404);
        paths.put("/verify/NO-SUCH-TOKEN", 200); // the check page saying no such document
        paths.put("/error/404.xhtml", 200);
        paths.put("/error/500.xhtml", 200);
        for (var path : paths.entrySet()) {
            HttpResponse<String> response = get(path.getKey(), "Accept", "text/html,application/json");
            assertThat(response.statusCode()).as(path.getKey()).isEqualTo(path.getValue());
            var headers = response.headers();
            assertThat(headers.allValues("Content-Security-Policy")).as(path.getKey())
                    .anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path.getKey()).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path.getKey()).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path.getKey()).hasValueSatisfying(
                    policy -> assertThat(policy).isIn("same-origin", "no-referrer")); // the public check sends none
            assertThat(headers.firstValue("Server")).as(path.getKey()).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(path.getKey()).isEmpty();
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP: " + path.getKey()).isEmpty();
        }
        // The sign-in mechanism's redirect of a signed-out request is made before the filter chain; it adds them itself.
        HttpResponse<String> redirect = get("/no-such-page-" + System.nanoTime());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().allValues("Content-Security-Policy")).anyMatch(p -> p.contains("frame-ancestors 'none'"));
        assertThat(redirect.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(redirect.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(redirect.headers().firstValue("Server")).isEmpty();
        assertThat(redirect.headers().firstValue("X-Powered-By")).isEmpty();
    }

    /**
     * Behind the city's TLS proxy (which says so with {@code X-Forwarded-Proto: https}) the session cookie is
     * {@code Secure} and the browser is told to keep to HTTPS; over plain HTTP neither, or a test machine
     * could not sign in.
     */
    @Test
    @RunAsClient
    default void behindTheTlsProxyTheSessionCookieIsSecureAndHttpsIsStrict() throws Exception {
        HttpResponse<String> proxied = get("/login.xhtml", "X-Forwarded-Proto", "https");

        assertThat(proxied.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID=")
                && c.contains("Secure") && c.contains("HttpOnly"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age=31536000"));

        HttpResponse<String> plain = get("/login.xhtml");
        assertThat(plain.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="))
                .noneMatch(c -> c.contains("Secure"));
    }

    /** Bytes that are not UTF-8, and an address longer than any page's, get a clean answer, never a server error. */
    @Test
    @RunAsClient
    default void invalidUtf8AndOversizedRequestsAreRefusedCleanly() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        byte[] notUtf8 = "login=login&login%3Ausername=\u0000&login%3Apassword=".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(notUtf8, notUtf8.length + 4);
        body[notUtf8.length] = (byte) 0xC3; // a lead byte with no continuation, then an overlong slash
        body[notUtf8.length + 1] = (byte) 0x28;
        body[notUtf8.length + 2] = (byte) 0xC0;
        body[notUtf8.length + 3] = (byte) 0xAF;
        HttpResponse<String> post = http().send(HttpRequest.newBuilder(server().resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("the form again, or a bad request").isIn(200, 400);
        assertThat(post.body()).doesNotContainPattern(STACK_TRACE).doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.");

        HttpResponse<String> badQuery = get("/login.xhtml?q=%C3%28%C0%AF%FF");
        assertThat(badQuery.statusCode()).isLessThan(500);
        assertThat(badQuery.body()).doesNotContainPattern(STACK_TRACE);

        HttpResponse<String> longAddress = get("/login.xhtml?q=" + "x".repeat(20_000));
        assertThat(longAddress.statusCode()).isBetween(200, 499);
        assertThat(longAddress.body()).doesNotContainPattern(STACK_TRACE);
    }
}
