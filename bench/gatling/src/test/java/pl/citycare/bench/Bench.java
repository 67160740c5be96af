package pl.citycare.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What every simulation shares: the parameters (system properties, so the same classes run against the
 * demo on H2 and against PostgreSQL with the large data set), the HTTP protocol, the sign-in, and the
 * checks that make a broken answer fail instead of passing as a fast one.
 */
final class Bench {

    /** The running instance, e.g. http://localhost:8080. */
    static final String URL = System.getProperty("bench.url", "http://localhost:8080");
    /** Concurrent signed-in users in the list-page and static runs. */
    static final int USERS = Integer.getInteger("bench.users", 20);
    /** How long the list-page and static runs last, each. */
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    /** The demo users' password (DemoUsers.DEMO_PASSWORD); another data set may have another. */
    static final String PASSWORD = System.getProperty("bench.password", "CityCare-demo-2026");
    /** Which page "page 500" is: first = (page - 1) × rows. */
    static final int DEEP_PAGE = Integer.getInteger("bench.page", 500);

    /** The ViewState of the page a user is on, posted back with every Ajax request of that page. */
    static final String VIEW_STATE = "viewState";
    /** The page's CSP nonce: PrimeFaces refuses a postback without it (CspNonceGate answers 400). */
    static final String NONCE = "nonce";

    private Bench() {
    }

    /**
     * A browser-like client that never uses its cache, so every request reaches the server (Gatling would
     * otherwise honour the resources' max-age and stop asking), and follows no redirect on its own for
     * the sign-in post, whose 302 is checked.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(URL)
                .disableCaching()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("pl,en;q=0.5")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("CityCare bench (Gatling)")
                .shareConnections();
    }

    /** Where a JSF page keeps what its postbacks must send back. */
    static List<CheckBuilder> pageState() {
        return List.of(
                css("input[name='jakarta.faces.ViewState']", "value").saveAs(VIEW_STATE),
                regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs(NONCE));
    }

    /**
     * A signed-in page: 200, not the sign-in form (a lost session is redirected there and would otherwise
     * look like a fast page), with the template's sign-out button.
     */
    static List<CheckBuilder> signedInPage() {
        return List.of(
                status().is(200),
                substring("id=\"login\"").notExists(),
                substring("topbar:logout").exists());
    }

    /**
     * An Ajax answer that did the work: a partial-response, no {@code <error>} (an exception during the
     * request), no {@code <redirect>} (an expired view or session), and at least one data row.
     */
    static List<CheckBuilder> partialResponseWithRows() {
        return List.of(
                status().is(200),
                substring("<partial-response").exists(),
                substring("<error>").notExists(),
                substring("<redirect").notExists(),
                regex("<tr data-ri=\"(\\d+)\"").exists());
    }

    /**
     * Signs in as {@code #{username}} the way a browser does: the form (ViewState and nonce kept), then the
     * post, answered 302 to the home page (a wrong password answers 200 with the form again), then the home
     * page. Names start with {@code prefix} so each simulation's sign-ins have figures of their own.
     */
    static ChainBuilder signIn(String prefix) {
        return exec(
                http(prefix + "sign-in form").get("/login.xhtml")
                        .check(status().is(200))
                        .check(pageState()),
                http(prefix + "sign-in post").post("/login.xhtml")
                        .disableFollowRedirect()
                        .formParam("login", "login")
                        .formParam("login:username", "#{username}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{" + VIEW_STATE + "}")
                        .formParam("primefaces.nonce", "#{" + NONCE + "}")
                        .check(status().is(302),
                                header("Location").transform(l -> l.contains("/login.xhtml") ? "back to the form" : "on")
                                        .is("on")),
                http(prefix + "home page").get("/index.xhtml")
                        .check(signedInPage()));
    }
}
