package pl.citycare.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in person for the fault tests, over plain HTTP: signs in through the login form as a browser
 * does (its view state and PrimeFaces' CSP nonce read from the page), then keeps the session cookie.
 */
final class Clerk {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final HttpClient http;
    /** The cookies as a browser keeps them: name to value, sent back as {@code name=value; ...}. */
    private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    private Clerk(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Clerk signIn(URI base, String username, String password) throws IOException, InterruptedException {
        Clerk clerk = new Clerk(base);
        String page = clerk.get("/login.xhtml").body();
        String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(find(VIEW_STATE, page))
                + "&primefaces.nonce=" + encode(find(NONCE, page));
        HttpResponse<String> answer = clerk.send(clerk.request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException(username + " could not sign in: " + answer.statusCode());
        }
        return clerk;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return answer;
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("The login page has no " + pattern);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
