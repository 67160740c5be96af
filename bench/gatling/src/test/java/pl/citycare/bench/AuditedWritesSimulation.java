package pl.citycare.bench;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue 11: {@link Bench#USERS} testing clerks saving a form at the same time, for {@link Bench#DURATION}. Each
 * opens a worker of the list's first page (a worker of their own, so no two clerks edit one record) and saves
 * it again and again, the accommodation changed each time, as the browser posts the form (the page's own inputs,
 * read from the page; {@code ajax="false"}). Every save is an update of the worker: one audit event chained
 * under the chain head's lock, in the save's transaction.
 * <p>
 * Run once against a node with the trail and once against a node started with
 * {@code CITYCARE_BENCHMARK_UNAUDITED=true} (possible only on a generated database): {@code -Dbench.writes.trail=on|off}
 * names the requests, and bench/run compares the two rates.
 */
public class AuditedWritesSimulation extends Simulation {

    /** on or off: how the node under test was started (bench/run reads it from the node's readiness answer). */
    static final String TRAIL = System.getProperty("bench.writes.trail", "on");
    private static final String FORM = "workerForm";
    private static final String WORKER = "workerId";
    private static final String ACCOMMODATION = "accommodation";
    private static final AtomicLong COUNTER = new AtomicLong();

    {
        String saved = "worker saved (audit trail " + TRAIL + ")";
        var clerk = scenario("clerks saving workers, audit trail " + TRAIL)
                .exec(session -> session.set("username", "testing"))
                .asLongAs(session -> !SignInTurns.take("testing")).on(pause(Duration.ofMillis(100)))
                .tryMax(3).on(Bench.signIn(""))
                .exec(session -> {
                    SignInTurns.release("testing");
                    return session;
                })
                .exitHereIfFailed()
                .exec(http("workers' list").get("/testing/workers.xhtml")
                        .check(Bench.signedInPage())
                        .check(regex("/testing/worker\\.xhtml\\?id=(\\d+)").findAll().saveAs("workerIds")))
                .exec(AuditedWritesSimulation::ownWorker)
                .exec(http("worker form").get("/testing/worker.xhtml?id=#{" + WORKER + "}")
                        .check(Bench.signedInPage())
                        .check(form("#worker").saveAs(FORM))
                        .check(Bench.pageState()))
                .exitHereIfFailed()
                .exec(during(Bench.DURATION).on(exec(
                        session -> session.set(ACCOMMODATION, "Hostel " + session.userId() + ", bed " + COUNTER.incrementAndGet()))
                        .exec(http(saved).post("/testing/worker.xhtml?id=#{" + WORKER + "}")
                                // formParam after form() would add a second value, and Faces reads the first
                                .form(AuditedWritesSimulation::changedForm)
                                .formParam("primefaces.nonce", "#{" + Bench.NONCE + "}")
                                .check(Bench.signedInPage())
                                .check(substring("ui-messages-info").exists(), substring("ui-message-error").notExists())
                                // saved, not just answered: the page shows the new value
                                .check(css("input[name='worker:accommodation']", "value").isEL("#{" + ACCOMMODATION + "}"))
                                // the page again, with the worker's new version in the view: the next save builds on it
                                .check(form("#worker").saveAs(FORM)))));
        setUp(clerk.injectOpen(atOnceUsers(Bench.USERS))).protocols(Bench.protocol())
                .maxDuration(Bench.DURATION.plusMinutes(2));
    }

    /** The form as the page gave it, with another accommodation (each save changes the worker) and the button. */
    private static Map<String, Object> changedForm(Session session) {
        Map<String, Object> form = new HashMap<>(session.getMap(FORM));
        form.put("worker:accommodation", session.getString(ACCOMMODATION));
        form.put("worker:save", "");
        return form;
    }

    /** The clerk's own worker: the list's first page has 20, one a clerk (Gatling numbers its users from 1). */
    private static Session ownWorker(Session session) {
        List<String> ids = session.<String>getList("workerIds").stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("the workers' list shows no worker to edit");
        }
        return session.set(WORKER, ids.get((int) ((session.userId() - 1) % ids.size())));
    }
}
