package pl.citycare.bench;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Issue 11: the list pages with {@link Bench#USERS} signed-in users at once (closed model: the same users
 * all the time, each signs in once with a session of its own and then goes round its pages until
 * {@link Bench#DURATION} is up).
 * <p>
 * Each demo user has one role, so the users are split over five scenarios, one a page, as evenly as the
 * number allows: the testing clerk on samples and on workers, the coordinator on the hotline's call register,
 * the buyer on contracts, the auditor on the audit trail.
 * The users of one account take turns to sign in ({@link SignInTurns}): overlapping sign-ins of one account failed
 * one of them until the account's row was locked for the write (found by this suite); the list pages are what is
 * measured here.
 * Filter values are parameters too (the defaults match the demo data): -Dbench.filter.samples, -Dbench.filter.workers,
 * -Dbench.filter.calls (a risk level), -Dbench.filter.contracts, -Dbench.filter.audit (an entity type).
 */
public class ListPagesSimulation extends Simulation {

    static final List<Role> PAGES = List.of(
            new Role("testing", new ListPage("samples", "/testing/samples.xhtml", "samples", "samples:list", 20,
                    Map.of("samples:text", "", "samples:state_input", "", "samples:site_input", ""),
                    "samples:search", Map.of("samples:text", System.getProperty("bench.filter.samples", "BOIKO")),
                    3, -1)), // collected at, newest first
            new Role("testing", new ListPage("workers", "/testing/workers.xhtml", "workers", "workers:list", 20,
                    Map.of("workers:text", "", "workers:employer_input", ""),
                    "workers:search", Map.of("workers:text", System.getProperty("bench.filter.workers", "BOIKO")),
                    0, 1)), // surname, A to Z
            new Role("coordinator", new ListPage("calls", "/healthsupport/calls.xhtml", "calls", "calls:list", 20,
                    Map.of("calls:from_input", "", "calls:to_input", "", "calls:risk_input", "", "calls:outcome_input", "",
                            "calls:psychologist", ""),
                    "calls:search", Map.of("calls:risk_input", System.getProperty("bench.filter.calls", "HIGH")),
                    1, -1)), // duration, longest first
            new Role("buyer", new ListPage("contracts", "/procurement/contracts.xhtml", "contracts", "contracts:list", 20,
                    Map.of("contracts:text", "", "contracts:signedFrom_input", "", "contracts:signedTo_input", ""),
                    "contracts:search", Map.of("contracts:text", System.getProperty("bench.filter.contracts", "ZP/")),
                    0, 1)), // number, A to Z
            new Role("auditor", new ListPage("audit trail", "/audit/trail.xhtml", "audit", "audit:events", 25,
                    Map.of("audit:verifyFrom_input", "", "audit:verifyTo_input", "", "audit:type_input", "",
                            "audit:entityId", "", "audit:actor", ""),
                    "audit:search", Map.of("audit:type_input", System.getProperty("bench.filter.audit", "Sample")),
                    0, 1))); // number, oldest first

    record Role(String username, ListPage page) {
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        for (int i = 0; i < PAGES.size(); i++) {
            Role role = PAGES.get(i);
            int users = Bench.USERS / PAGES.size() + (i < Bench.USERS % PAGES.size() ? 1 : 0);
            if (users == 0) {
                continue;
            }
            populations.add(scenario(role.page().name())
                    .exec(session -> session.set("username", role.username()))
                    // two sign-ins of one account that overlap fail one of them (see SignInSimulation): the users of
                    // one account take turns to sign in, and try again (up to three times) if it fails all the same
                    .asLongAs(session -> !SignInTurns.take(role.username())).on(pause(Duration.ofMillis(100)))
                    .tryMax(3).on(Bench.signIn(""))
                    .exec(session -> {
                        SignInTurns.release(role.username());
                        return session;
                    })
                    .exitHereIfFailed()
                    .exec(during(Bench.DURATION).on(role.page().round()))
                    .injectOpen(atOnceUsers(users)));
        }
        setUp(populations).protocols(Bench.protocol()).maxDuration(Bench.DURATION.plusMinutes(2));
    }
}
