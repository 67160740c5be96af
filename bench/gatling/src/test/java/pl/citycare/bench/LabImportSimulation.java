package pl.citycare.bench;

import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Issue 11: one testing clerk imports a lab's result file through the page, as in a browser: the form, the upload
 * with its preview (every line read and validated), then the import (the readable lines, a thousand a transaction).
 * The file is {@code -Dbench.labFile} (bench/lab-import writes it from the database and times PostgreSQL's COPY of the
 * same file); {@code -Dbench.labRows} is how many lines it has, and the preview must count them all readable.
 */
public class LabImportSimulation extends Simulation {

    static final String FILE = System.getProperty("bench.labFile", "target/bench/lab-results.csv");
    static final String ROWS = System.getProperty("bench.labRows", "100000");

    {
        var clerk = scenario("a clerk imports a lab's file")
                .exec(session -> session.set("username", "testing"))
                .exec(Bench.signIn(""))
                .exitHereIfFailed()
                .exec(http("lab import: form").get("/testing/lab-import.xhtml")
                        .check(Bench.signedInPage())
                        .check(Bench.pageState()))
                .exec(http("lab import: upload and preview").post("/testing/lab-import.xhtml")
                        .asMultipartForm()
                        .formParam("upload", "upload")
                        .formParam("upload:lab", "Laboratorium benchmarku")
                        .formParam("upload:preview", "")
                        .formParam("jakarta.faces.ViewState", "#{" + Bench.VIEW_STATE + "}")
                        .formParam("primefaces.nonce", "#{" + Bench.NONCE + "}")
                        .requestTimeout(Duration.ofMinutes(15))
                        .bodyPart(RawFileBodyPart("upload:file", FILE).fileName("lab-results.csv").contentType("text/csv"))
                        .check(Bench.signedInPage())
                        // every line read and readable: "<readable>: N / N"
                        .check(regex("id=\"readable\">[^<]*?(\\d+) / (\\d+)<").captureGroups(2).transform(l -> l.get(0) + "/" + l.get(1))
                                .is(ROWS + "/" + ROWS))
                        .check(Bench.pageState()))
                .exitHereIfFailed()
                .exec(http("lab import: import").post("/testing/lab-import.xhtml")
                        .requestTimeout(Duration.ofMinutes(15))
                        .formParam("previewForm", "previewForm")
                        .formParam("previewForm:import", "")
                        .formParam("jakarta.faces.ViewState", "#{" + Bench.VIEW_STATE + "}")
                        .formParam("primefaces.nonce", "#{" + Bench.NONCE + "}")
                        .check(Bench.signedInPage())
                        .check(substring("ui-messages-info").exists(), substring("ui-messages-error").notExists()));
        setUp(clerk.injectOpen(atOnceUsers(1))).protocols(Bench.protocol());
    }
}
