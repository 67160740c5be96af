package pl.citycare.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;

/**
 * Issue 11: how long a sign-in takes, alone and when a shift starts ("50 sign-ins in the same minute, 8:00").
 * Three phases, one after the other, each a group of its own in the report (a group's time is the whole
 * sign-in a person waits for: the form, the post, the home page):
 * <ol>
 * <li>one user signing in {@code bench.signin.alone} times (default 10), one after the other;</li>
 * <li>{@code bench.signin.shift} users (default 50) signing in at the same instant, the hard case;</li>
 * <li>the same number spread evenly over {@code bench.signin.spread} seconds (default 60).</li>
 * </ol>
 * The demo users take turns (correct passwords only: five wrong ones would lock an account), so the same
 * user holds several sessions at once. -Dbench.signin.users=a,b,c chooses other users.
 */
public class SignInSimulation extends Simulation {

    static final int ALONE = Integer.getInteger("bench.signin.alone", 10);
    static final int SHIFT = Integer.getInteger("bench.signin.shift", 50);
    static final int SPREAD = Integer.getInteger("bench.signin.spread", 60);

    static final List<String> USERNAMES = List.of(System.getProperty("bench.signin.users",
            "hotline,centre,coordinator,testing,buyer,approver,auditor,admin").split(","));

    static FeederBuilder<Object> users() {
        return listFeeder(USERNAMES.stream().map(u -> Map.<String, Object>of("username", u)).toList()).circular();
    }

    static ChainBuilder signIn(String phase) {
        return exec(flushCookieJar())
                .feed(users())
                .group(phase).on(Bench.signIn(""));
    }

    {
        setUp(scenario("sign-in alone")
                        .exec(repeat(ALONE).on(signIn("sign-in alone")))
                        .injectOpen(atOnceUsers(1))
                        .andThen(scenario("shift start, all at once")
                                .exec(signIn("sign-in, " + SHIFT + " at once"))
                                .injectOpen(atOnceUsers(SHIFT))
                                .andThen(scenario("shift start, over a minute")
                                        .exec(signIn("sign-in, " + SHIFT + " over " + SPREAD + " s"))
                                        .injectOpen(rampUsers(SHIFT).during(Duration.ofSeconds(SPREAD))))))
                .protocols(Bench.protocol());
    }
}
