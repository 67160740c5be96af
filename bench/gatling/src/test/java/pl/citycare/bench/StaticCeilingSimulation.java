package pl.citycare.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The ceiling the list pages are compared with: the same number of users, for the same time, fetching a
 * small file from the same server, no sign-in, no database. The default is the application's own style
 * sheet (citycare.css, 7,494 bytes uncompressed), served by the Faces resource handler as every page's
 * style sheets are; -Dbench.static=/path chooses another.
 */
public class StaticCeilingSimulation extends Simulation {

    static final String PATH = System.getProperty("bench.static", "/jakarta.faces.resource/citycare.css.xhtml?ln=citycare");

    {
        setUp(scenario("static ceiling")
                .exec(during(Bench.DURATION).on(
                        http("static file").get(PATH)
                                .header("Accept", "text/css,*/*;q=0.1")
                                .check(status().is(200), bodyLength().gt(0))))
                .injectOpen(atOnceUsers(Bench.USERS)))
                .protocols(Bench.protocol())
                .maxDuration(Bench.DURATION.plusMinutes(1));
    }
}
