package pl.citycare.platform.security.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.platform.demo.DemoUsers.DemoUser;
import pl.citycare.support.BrowserSession;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix ({@code security/authorization-matrix.txt}): every page under the webapp and every
 * operation of the OpenAPI document, requested signed out and as each demo role from a real browser session,
 * must answer as the matrix says; a page or operation the matrix does not name fails the test, so a new one
 * cannot arrive without someone deciding who may open it. Runs in {@code CityCareBrowserIT}.
 */
public interface AuthorizationMatrixBrowserTests {

    String MATRIX = "/security/authorization-matrix.txt";
    List<String> CALLERS = List.of("anonymous", "admin", "hotline", "centre", "coordinator", "testing", "buyer", "approver", "auditor");

    @Test
    default void everyPageAndOperationAnswersEachCallerAsTheMatrixSays(BrowserSession session) throws Exception {
        Map<String, List<String>> matrix = matrix();
        var requests = new TreeSet<String>();
        requests.addAll(pages());
        requests.addAll(operations(session));
        assertThat(matrix.keySet()).as("every page and operation has a line in the matrix, and every line is one")
                .containsExactlyInAnyOrderElementsOf(requests);
        assertThat(DemoUsers.USERS).extracting(DemoUser::username).containsExactlyElementsOf(CALLERS.subList(1, CALLERS.size()));

        var differences = new ArrayList<String>();
        List<String> keys = List.copyOf(matrix.keySet());
        for (int caller = 0; caller < CALLERS.size(); caller++) {
            session.forgetSignIn();
            if (caller > 0) {
                session.signInAndWait(CALLERS.get(caller), DemoUsers.DEMO_PASSWORD);
            }
            // Signed out, one request at a time: fired at once, requests that share the session the first responses
            // open now and then get an empty 200 from the sign-in mechanism instead of its redirect (2 of 1,240 in a
            // trial; nothing of the page in them). Signed in, all at once.
            List<String> outcomes = outcomes(session, keys, caller > 0);
            for (int i = 0; i < keys.size(); i++) {
                String expected = matrix.get(keys.get(i)).get(caller);
                String got = outcomes.get(i);
                if (!expected.equals(got.split(" ", 2)[0])) {
                    differences.add(CALLERS.get(caller) + " " + keys.get(i) + ": expected " + expected + ", got " + got);
                }
            }
        }
        assertThat(differences).as("requests that answered otherwise than the matrix says").isEmpty();
    }

    /**
     * Each request made from the page with the caller's cookies, redirects not followed: "redirect", or its status
     * ({@code 200-empty} for a 200 without content) and the title of what came back, for the report.
     */
    @SuppressWarnings("unchecked")
    private static List<String> outcomes(BrowserSession session, List<String> requests, boolean atOnce) {
        session.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        return (List<String>) ((JavascriptExecutor) session.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const ask = request => {
                    const [method, path] = request.split(' ');
                    const post = method === 'POST';
                    return fetch(path, {method, redirect: 'manual', credentials: 'same-origin',
                            headers: post ? {'Content-Type': 'application/json'} : {}, body: post ? '{}' : undefined})
                        .then(r => r.type === 'opaqueredirect' ? 'redirect' : r.text().then(body =>
                                (r.status === 200 && body.length === 0 ? '200-empty' : String(r.status))
                                + ' ' + ((body.match(/<title>([^<]*)</) || [])[1] || '').trim()))
                        .catch(e => 'failed: ' + e);
                };
                if (arguments[1]) {
                    Promise.all(arguments[0].map(ask)).then(done);
                } else {
                    arguments[0].reduce((all, request) => all.then(list => ask(request).then(o => [...list, o])),
                            Promise.resolve([])).then(done);
                }""", requests, atOnce);
    }

    /** The matrix file: each request's expected outcome per caller, in the order of {@link #CALLERS}. */
    static Map<String, List<String>> matrix() throws IOException {
        var matrix = new LinkedHashMap<String, List<String>>();
        try (InputStream in = AuthorizationMatrixBrowserTests.class.getResourceAsStream(MATRIX)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                assertThat(cells).as(line).hasSize(2 + CALLERS.size());
                assertThat(matrix.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length))).as("twice: " + line).isNull();
            }
        }
        return matrix;
    }

    /** Every page a browser can ask for: the .xhtml files of the webapp outside WEB-INF. */
    private static List<String> pages() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml") && !f.startsWith(webapp.resolve("WEB-INF")))
                    .map(f -> "GET /" + webapp.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    /** Every operation of the OpenAPI document, path parameters as {@code 1}. */
    private static List<String> operations(BrowserSession session) throws Exception {
        String yaml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(session.base().resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var operations = new ArrayList<String>();
        String path = null;
        Matcher m;
        for (String line : yaml.lines().toList()) {
            if ((m = Pattern.compile("^  (/\\S*):\\s*$").matcher(line)).matches()) {
                path = m.group(1).replaceAll("\\{[^}]+}", "1");
            } else if (path != null && (m = Pattern.compile("^    (get|post|put|delete|patch):\\s*$").matcher(line)).matches()) {
                operations.add(m.group(1).toUpperCase() + " " + path);
            } else if (!line.startsWith(" ") && !line.isBlank()) {
                path = null;
            }
        }
        assertThat(operations).as("operations read from /openapi").contains("GET /api/me");
        return operations;
    }
}
