package pl.citycare.platform.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import pl.citycare.platform.demo.DemoUsers.DemoUser;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA on every page each role reaches: for every demo role, the walk starts at the home page
 * and follows the application's own links (the menu and the links in the pages) two links deep, and
 * axe-core checks each page it finds, which must not be an error page. Pages that differ only in a record id (e.g. one user's edit page
 * and another's) count as one. So a page a context adds is checked as soon as a link leads to it.
 * Runs in {@code CityCareBrowserIT}.
 */
public interface AccessibilityBrowserTests {

    int DEPTH = 2;

    @Test
    default void everyPageEachRoleReachesMeetsWcag21AA(BrowserSession session) {
        var violations = new ArrayList<String>();
        var pagesByRole = new LinkedHashMap<String, List<String>>();
        for (DemoUser demo : DemoUsers.USERS) {
            session.forgetSignIn();
            session.signInAndWait(demo.username(), DemoUsers.DEMO_PASSWORD);
            pagesByRole.put(demo.username(), walk(session, demo.username(), violations));
        }
        session.forgetSignIn();
        session.open("/login.xhtml");
        check(session, "anonymous", "/login.xhtml", violations);

        // Not vacuous: every role got past its home page, and the walk found the edit pages behind lists.
        pagesByRole.forEach((user, pages) -> assertThat(pages).as("pages reached by " + user)
                .contains("/index.xhtml", "/account/index.xhtml").hasSizeGreaterThan(2));
        assertThat(pagesByRole.get("admin")).contains("/admin/users.xhtml", "/admin/user.xhtml",
                "/admin/user.xhtml?id", "/admin/sign-ins.xhtml", "/admin/encryption.xhtml", "/procurement/thresholds.xhtml",
                "/testing/lab-keys.xhtml");
        assertThat(pagesByRole.get("auditor")).contains("/audit/trail.xhtml", "/audit/checks.xhtml", "/audit/register.xhtml", "/procurement/suppliers.xhtml");
        assertThat(pagesByRole.get("buyer")).contains("/procurement/budget.xhtml", "/procurement/suppliers.xhtml",
                "/procurement/supplier.xhtml?id", "/procurement/requests.xhtml", "/procurement/request.xhtml?id",
                "/procurement/thresholds.xhtml", "/procurement/contracts.xhtml", "/procurement/equipment.xhtml", "/procurement/report.xhtml",
                "/procurement/contract.xhtml?id");
        assertThat(pagesByRole.get("testing")).contains("/testing/employers.xhtml", "/testing/employer.xhtml?id",
                "/testing/workers.xhtml", "/testing/workers.xhtml?employer", "/testing/worker-import.xhtml", "/testing/worker.xhtml?id", "/testing/sites.xhtml",
                "/testing/site.xhtml?id", "/testing/slots.xhtml", "/testing/slots.xhtml?site", "/testing/slot.xhtml?id", "/testing/samples.xhtml",
                "/testing/sample.xhtml?id", "/testing/unmatched.xhtml", "/testing/lab-import.xhtml", "/testing/notifications.xhtml",
                "/testing/statistics.xhtml", "/testing/retention.xhtml");
        assertThat(pagesByRole.get("hotline")).contains("/healthsupport/call.xhtml", "/healthsupport/my-shifts.xhtml");
        assertThat(pagesByRole.get("centre")).contains("/healthsupport/clients.xhtml", "/healthsupport/client.xhtml?code",
                "/healthsupport/appointments.xhtml");
        assertThat(pagesByRole.get("coordinator")).contains("/healthsupport/centres.xhtml", "/healthsupport/centre.xhtml?code",
                "/healthsupport/note-reads.xhtml", "/healthsupport/retention.xhtml", "/healthsupport/statistics.xhtml",
                "/healthsupport/roster.xhtml", "/healthsupport/calls.xhtml");
        assertThat(violations).as("error pages and serious or critical accessibility violations").isEmpty();
    }

    /** Breadth-first over the application's links from the home page; returns the page templates checked. */
    private List<String> walk(BrowserSession session, String user, List<String> violations) {
        var seen = new LinkedHashMap<String, String>(); // template -> a URL of it
        var queue = new ArrayDeque<Object[]>();
        queue.add(new Object[]{"/index.xhtml", 0});
        seen.put("/index.xhtml", "/index.xhtml");
        while (!queue.isEmpty()) {
            Object[] next = queue.poll();
            String path = (String) next[0];
            int depth = (Integer) next[1];
            session.open(path);
            check(session, user, path, violations);
            if (depth == DEPTH) {
                continue;
            }
            for (String link : links(session)) {
                if (seen.putIfAbsent(template(link), link) == null) {
                    queue.add(new Object[]{link, depth + 1});
                }
            }
        }
        return new ArrayList<>(seen.keySet());
    }

    private void check(BrowserSession session, String user, String path, List<String> violations) {
        // A link the application shows must never lead to an error page (they all print a request number).
        if (!session.driver().findElements(By.cssSelector(".request-id")).isEmpty()) {
            violations.add(path + " as " + user + ": an error page (" + session.driver().findElement(By.tagName("h1")).getText() + ")");
        }
        try {
            session.assertAccessible(path + " as " + user);
        } catch (AssertionError failure) {
            violations.add(failure.getMessage());
        }
    }

    /** Same-origin links to pages of the application, relative to its root; signing out is not a page. */
    private static List<String> links(BrowserSession session) {
        String origin = session.base().toString().replaceAll("/$", "");
        return session.driver().findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getAttribute("href"))
                .filter(Objects::nonNull)
                .filter(href -> href.startsWith(origin))
                .map(href -> href.substring(origin.length()).replaceAll("#.*$", ""))
                .filter(path -> path.matches("/[^?]*\\.xhtml(\\?.*)?"))
                .filter(path -> !path.contains("jakarta.faces.resource") && !path.contains("logout"))
                .distinct()
                .toList();
    }

    /** A page and the names (not values) of its query parameters: one user's edit page stands for all. */
    static String template(String link) {
        URI uri = URI.create(link);
        if (uri.getQuery() == null) {
            return uri.getPath();
        }
        var names = new TreeSet<String>();
        Arrays.stream(uri.getQuery().split("&")).map(p -> p.split("=", 2)[0]).forEach(names::add);
        return uri.getPath() + "?" + String.join("&", names);
    }
}
