package pl.citycare.platform.security.signin.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.procurement.application.SuppliersTests;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.UserFixtureServlet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session a clerk signs in with, attacked from outside (issue 12, items 3 and 4): a session id planted before
 * sign-in, an id kept after sign-out, a session left idle, and forged posts of a real form. Each probe is made with
 * the stolen or kept cookie from a second HTTP client, as an attacker holding it would. Runs in
 * {@code CityCareBrowserIT}.
 */
public interface SessionSecurityBrowserTests {

    private static String sessionCookie(WebDriver browser) {
        var cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("the browser holds a session cookie").isNotNull();
        return cookie.getValue();
    }

    /** GET with only this session id, redirects not followed. */
    private static HttpResponse<String> getWith(URI base, String sessionId, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JSESSIONID=" + sessionId)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSignedOut(HttpResponse<String> response, String why) {
        assertThat(response.statusCode()).as(why).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).as(why).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }

    @Test
    default void aSessionIdFromBeforeSignInOrAfterSignOutOpensNothing(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        session.open("/login.xhtml");
        String planted = sessionCookie(browser);

        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);
        String signedIn = sessionCookie(browser);
        assertThat(signedIn).as("sign-in gives a new session id").isNotEqualTo(planted);
        assertSignedOut(getWith(session.base(), planted, "/healthsupport/centres.xhtml"), "the id from before sign-in");
        HttpResponse<String> stolen = getWith(session.base(), signedIn, "/healthsupport/centres.xhtml");
        assertThat(stolen.statusCode()).as("the probe itself works: the live id opens the page").isEqualTo(200);
        assertThat(stolen.body()).contains("id=\"user-name\"").doesNotContain("login:username");

        session.signOut();
        assertSignedOut(getWith(session.base(), signedIn, "/healthsupport/centres.xhtml"), "the id after sign-out");
        assertThat(getWith(session.base(), signedIn, "/api/me").statusCode()).as("nor the API").isEqualTo(401);
    }

    /**
     * A page asked for while signed out opens once signed in; an address that would lead off the server afterwards
     * ({@code //host/...}) is not kept, so signing in stays on this server.
     */
    @Test
    default void signingInLeadsBackToThePageAskedForButNeverOffTheServer(BrowserSession session) {
        WebDriver browser = session.driver();
        browser.get(session.base().resolve("/procurement/suppliers.xhtml?page=1").toString());
        session.visible(By.id("login:username"));
        session.signIn("buyer", DemoUsers.DEMO_PASSWORD);
        session.await().until(d -> d.getCurrentUrl().contains("/procurement/suppliers.xhtml?page=1"));
        session.visible(By.id("user-name"));
        session.signOut();

        browser.get(session.base().toString().replaceAll("/$", "") + "//evil.example/procurement/suppliers.xhtml");
        session.visible(By.id("login:username"));
        session.signIn("buyer", DemoUsers.DEMO_PASSWORD);
        session.visible(By.id("user-name"));
        assertThat(URI.create(browser.getCurrentUrl()).getHost()).as("still on this server").isEqualTo(session.base().getHost());
        assertThat(browser.getCurrentUrl()).doesNotContain("//evil.example");
    }

    /**
     * Thirty idle minutes end a session (web.xml); the test shortens its own session to two seconds through the
     * fixture servlet, which answers the timeout the session had.
     */
    @Test
    default void anIdleSessionEndsAndTheSignInPageSaysWhy(BrowserSession session) throws Exception {
        WebDriver browser = session.driver();
        session.signInAndWait("coordinator", DemoUsers.DEMO_PASSWORD);
        String id = sessionCookie(browser);
        HttpResponse<String> shortened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(session.base()
                        .resolve("/it-fixtures/session?idleSeconds=2")).header("Cookie", "JSESSIONID=" + id)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shortened.body().trim()).as("the configured idle timeout, in seconds").isEqualTo("1800");

        Thread.sleep(3_000);
        session.open("/healthsupport/centres.xhtml");
        assertThat(session.text(By.id("expired"))).contains("Sesja wygasła");
        session.visible(By.id("login:username"));
        assertSignedOut(getWith(session.base(), id, "/healthsupport/centres.xhtml"), "the idle session's id");
    }

    /**
     * A supplier's form posted from the clerk's own signed-in page (cookies sent, as a forged page would get them
     * sent): as the page posts it, it saves; without the view state, with another view's state, or without
     * PrimeFaces' nonce, nothing is saved. The first post proves the harness can save at all.
     */
    @Test
    default void aFormPostedWithoutItsViewStateOrNonceChangesNothing(BrowserSession session) {
        WebDriver browser = session.driver();
        String nip = SuppliersTests.freshNip();
        session.signInAndWait(session.newUser("PROCUREMENT_CLERK"), UserFixtureServlet.PASSWORD);
        session.open("/procurement/supplier.xhtml");
        session.type("supplier:name", "CSRF Próba sp. z o.o.");
        session.type("supplier:nip", nip);
        session.type("supplier:address", "ul. Pierwsza 1, Kraków");
        browser.findElement(By.id("supplier:save")).click();
        assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano dostawcę.");
        String page = browser.getCurrentUrl();

        Map<String, Object> genuine = post(browser, "ul. Prawdziwa 2, Kraków", "genuine");
        assertThat(genuine.get("status")).as("a post as the page makes it").isEqualTo(200L);
        assertThat(address(session, page)).isEqualTo("ul. Prawdziwa 2, Kraków");

        for (String forgery : new String[]{"noViewState", "otherViewState", "noNonce"}) {
            Map<String, Object> answer = post(browser, "ul. Podrobiona 3, Kraków", forgery);
            assertThat(((Number) answer.get("status")).intValue()).as(forgery).isBetween(200, 499);
            assertThat((String) answer.get("body")).as(forgery).doesNotContainPattern(pl.citycare.support.Server.STACK_TRACE).doesNotContain("Zapisano dostawcę");
            assertThat(address(session, page)).as(forgery).isEqualTo("ul. Prawdziwa 2, Kraków");
        }
    }

    /** The address field as the supplier's page shows it after a fresh load. */
    private static String address(BrowserSession session, String page) {
        session.driver().get(page);
        return session.visible(By.id("supplier:address")).getAttribute("value");
    }

    /**
     * Posts the supplier form shown now with its address changed, as the save button would, after a forgery:
     * {@code genuine}, {@code noViewState}, {@code otherViewState} (the state of another page's view, fetched
     * separately) or {@code noNonce}. Answers the status and the body.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> post(WebDriver browser, String address, String forgery) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [address, forgery, done] = arguments;
                const form = document.getElementById('supplier');
                document.getElementById('supplier:address').value = address;
                const fields = new URLSearchParams(new FormData(form));
                fields.set('supplier:save', 'supplier:save');
                const send = () => fetch(form.action, {method: 'POST', credentials: 'same-origin', body: fields,
                        headers: {'Content-Type': 'application/x-www-form-urlencoded'}})
                    .then(r => r.text().then(body => done({status: r.status, body})))
                    .catch(e => done({status: -1, body: String(e)}));
                if (forgery === 'noViewState') {
                    fields.delete('jakarta.faces.ViewState');
                } else if (forgery === 'noNonce') {
                    [...fields.keys()].filter(k => k.toLowerCase().includes('nonce')).forEach(k => fields.delete(k));
                }
                if (forgery === 'otherViewState') {
                    fetch('/procurement/suppliers.xhtml', {credentials: 'same-origin'}).then(r => r.text()).then(html => {
                        const other = new DOMParser().parseFromString(html, 'text/html')
                                .querySelector('input[name="jakarta.faces.ViewState"]').value;
                        fields.set('jakarta.faces.ViewState', other);
                        send();
                    });
                } else {
                    send();
                }""", address, forgery);
    }
}
