package pl.citycare.testing.api;

import org.junit.jupiter.api.Test;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.Server;
import pl.citycare.testing.application.BookingsTests;
import pl.citycare.testing.application.LabResults;
import pl.citycare.testing.application.ResultDocumentsTests;
import pl.citycare.testing.application.Samples;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.UnmatchedResults;
import pl.citycare.testing.application.UnmatchedResults.UnmatchedView;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.application.WorkersTests;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.shared.application.Rejected;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code POST /api/testing/results} over HTTP, and the unmatched inbox behind it: keys, problem details for
 * what cannot be read, idempotency, and results that wait for a clerk instead of being refused. Runs in
 * {@code CityCareIT}.
 */
public interface LabResultsApiTests extends Server {

    private HttpResponse<String> post(String key, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(server().resolve("/api/testing/results")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String item(String barcode, String result, String time, String passport) {
        return "{\"barcode\":\"" + barcode + "\",\"result\":\"" + result + "\",\"resultTime\":\"" + time + "\""
                + (passport == null ? "" : ",\"passport\":\"" + passport + "\"") + "}";
    }

    @Test
    default void aLabPostsWithItsKeyIdempotentlyAndWhatFitsNoSampleWaitsForAClerk() throws Exception {
        LabResults.NewKey key = Beans.get(AsAdministrator.class).call(() -> Beans.get(LabResults.class).issueKey("Laboratorium API IT"));
        List<SlotView> slots = BookingsTests.freshSlots(3);
        List<WorkerView> workers = BookingsTests.freshWorkers(WorkersTests.freshEmployer("Farma Laboratoryjna IT"), 2);
        SampleView first = ResultDocumentsTests.answeredSample(workers.get(0), slots.get(0), TestResult.PENDING);
        SampleView second = ResultDocumentsTests.answeredSample(workers.get(1), slots.get(0), TestResult.PENDING);
        String now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString();
        String mistyped = second.barcode().substring(0, second.barcode().length() - 1) + "X";
        String body = "{\"results\":[" + item(first.barcode().toLowerCase(), "260415000", now, null) + ","
                + item(mistyped, "dodatni", now, workers.get(1).details().passport()) + "]}";

        HttpResponse<String> taken = post(key.plain(), "application/json", body);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("\"outcome\":\"RECORDED\"").contains("\"outcome\":\"UNMATCHED\"");
        SampleView recorded = Beans.get(AsTestingClerk.class).call(() -> Beans.get(Samples.class).sample(first.id())).orElseThrow();
        assertThat(recorded.result()).isEqualTo(TestResult.NEGATIVE);
        assertThat(recorded.resultSource()).isEqualTo(Sample.Source.API);
        assertThat(recorded.resultBy()).isEqualTo("Laboratorium API IT");

        HttpResponse<String> again = post(key.plain(), "application/json", body);
        assertThat(again.body()).contains("\"ALREADY_RECORDED\":1").contains("\"ALREADY_WAITING\":1").contains("\"RECORDED\":0");
        assertThat(Beans.get(AsAdministrator.class).call(() -> Beans.get(LabResults.class).keys()))
                .filteredOn(k -> k.id() == key.key().id()).singleElement().satisfies(k -> assertThat(k.lastUsedAt()).isNotNull());

        // The clerk finds the waiting result, sees the sample it belongs to suggested by the passport, and matches it.
        UnmatchedResults inbox = Beans.get(UnmatchedResults.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        UnmatchedView waiting = clerk.call(() -> inbox.open(0, 10_000)).stream().filter(u -> u.barcode().equals(mistyped))
                .findFirst().orElseThrow();
        assertThat(clerk.call(() -> inbox.suggestions(waiting.id()))).extracting(UnmatchedResults.Suggestion::sampleId).contains(second.id());
        clerk.call(() -> {
            inbox.match(waiting.id(), second.id());
            return null;
        });
        assertThat(clerk.call(() -> Beans.get(Samples.class).sample(second.id())).orElseThrow().result()).isEqualTo(TestResult.POSITIVE);
        assertThatThrownBy(() -> clerk.call(() -> {
            inbox.discard(waiting.id(), "za późno");
            return null;
        })).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.unmatched.rule.handled"));

        Beans.get(AsAdministrator.class).call(() -> Beans.get(LabResults.class).revokeKey(key.key().id()));
        HttpResponse<String> revoked = post(key.plain(), "application/json", body);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** A lab's file imported by the clerk lands like a post: once, and what fits no sample waits in the inbox. */
    @Test
    default void aLabFileImportedTwiceLandsOnce() throws Exception {
        List<SlotView> slots = BookingsTests.freshSlots(3);
        WorkerView worker = BookingsTests.freshWorkers(WorkersTests.freshEmployer("Farma Pliku IT"), 1).get(0);
        SampleView pending = ResultDocumentsTests.answeredSample(worker, slots.get(0), TestResult.PENDING);
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String unknown = "IT-FILE-" + System.nanoTime();
        String csv = "kod kreskowy;wynik;czas wyniku\n" + pending.barcode() + ";dodatni;" + now + "\n" + unknown + ";ujemny;" + now + "\n";
        var parsed = pl.citycare.testing.domain.lab.LabCsv.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Laboratorium Plikowe IT");
        var rows = parsed.lines().stream().map(pl.citycare.testing.domain.lab.LabCsv.Line::received).toList();
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);

        assertThat(clerk.call(() -> Beans.get(LabResults.class).importFile(rows))).extracting(LabResults.ItemOutcome::outcome)
                .containsExactly(LabResults.Outcome.RECORDED, LabResults.Outcome.UNMATCHED);
        assertThat(clerk.call(() -> Beans.get(LabResults.class).importFile(rows))).extracting(LabResults.ItemOutcome::outcome)
                .containsExactly(LabResults.Outcome.ALREADY_RECORDED, LabResults.Outcome.ALREADY_WAITING);
        SampleView recorded = clerk.call(() -> Beans.get(Samples.class).sample(pending.id())).orElseThrow();
        assertThat(recorded.result()).isEqualTo(TestResult.POSITIVE);
        assertThat(recorded.resultSource()).isEqualTo(Sample.Source.CSV);
        assertThat(recorded.isolationUntil()).as("a positive result from a file is reported too").isNotNull();
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> Beans.get(LabResults.class).importFile(rows)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    /**
     * Results are read a thousand at a time (LabResults.READ_TOGETHER): a result repeated past that boundary, or a
     * second answer for a sample answered in the part before, is recognised exactly as within one part. (The filler
     * repeats one result, and the test's waiting results are discarded at the end: the browser suite reads the same
     * inbox and the same employer list after this suite.)
     */
    @Test
    default void resultsPastTheFirstThousandAreTakenAsIfOneByOne() throws Exception {
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        var employer = clerk.call(() -> Beans.get(pl.citycare.testing.application.Employers.class).search("", List.of(), 0, 1)).get(0);
        WorkerView worker = BookingsTests.freshWorkers(employer, 1).get(0);
        SampleView pending = ResultDocumentsTests.answeredSample(worker, BookingsTests.freshSlots(1).get(0), TestResult.PENDING);
        java.time.Instant at = java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String unknown = "IT-THOUSAND-" + System.nanoTime();
        var results = new java.util.ArrayList<pl.citycare.testing.domain.lab.UnmatchedResult.Received>();
        results.add(received(pending.barcode(), TestResult.POSITIVE, at));          // 0: recorded
        results.add(received(unknown, TestResult.NEGATIVE, at));                    // 1: waits
        while (results.size() < LabResults.READ_TOGETHER) {
            results.add(received(pending.barcode(), TestResult.POSITIVE, at));      // 2-999: item 0 again
        }
        results.add(received(unknown, TestResult.NEGATIVE, at));                    // 1000: item 1 again
        results.add(received(pending.barcode(), TestResult.NEGATIVE, at));          // 1001: another answer
        results.add(received(pending.barcode(), TestResult.POSITIVE, at));          // 1002: item 0 again
        results.add(received(pending.barcode(), TestResult.NEGATIVE, at));          // 1003: item 1001 again

        List<LabResults.ItemOutcome> outcomes = clerk.call(() -> Beans.get(LabResults.class).importFile(results));
        assertThat(outcomes).extracting(LabResults.ItemOutcome::outcome).startsWith(LabResults.Outcome.RECORDED,
                LabResults.Outcome.UNMATCHED, LabResults.Outcome.ALREADY_RECORDED);
        assertThat(outcomes.subList(2, LabResults.READ_TOGETHER)).extracting(LabResults.ItemOutcome::outcome)
                .containsOnly(LabResults.Outcome.ALREADY_RECORDED);
        assertThat(outcomes.subList(LabResults.READ_TOGETHER, results.size())).extracting(LabResults.ItemOutcome::outcome)
                .containsExactly(LabResults.Outcome.ALREADY_WAITING, LabResults.Outcome.UNMATCHED,
                        LabResults.Outcome.ALREADY_RECORDED, LabResults.Outcome.ALREADY_WAITING);
        assertThat(outcomes).extracting(LabResults.ItemOutcome::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, results.size()).boxed().toList());
        SampleView recorded = clerk.call(() -> Beans.get(Samples.class).sample(pending.id())).orElseThrow();
        assertThat(recorded.result()).isEqualTo(TestResult.POSITIVE);
        assertThat(recorded.isolationUntil()).as("notified like a single result").isNotNull();

        assertThat(clerk.call(() -> Beans.get(LabResults.class).importFile(results))).extracting(LabResults.ItemOutcome::outcome)
                .containsOnly(LabResults.Outcome.ALREADY_RECORDED, LabResults.Outcome.ALREADY_WAITING);
        UnmatchedResults inbox = Beans.get(UnmatchedResults.class);
        List<UnmatchedView> waiting = clerk.call(() -> inbox.open(0, 10_000)).stream()
                .filter(u -> u.barcode().equals(unknown) || u.barcode().equals(pending.barcode())).toList();
        assertThat(waiting).hasSize(2);
        for (UnmatchedView w : waiting) {
            clerk.call(() -> {
                inbox.discard(w.id(), "test IT");
                return null;
            });
        }
    }

    private static pl.citycare.testing.domain.lab.UnmatchedResult.Received received(String barcode, TestResult result,
                                                                                     java.time.Instant at) {
        return new pl.citycare.testing.domain.lab.UnmatchedResult.Received(barcode, result, at, "Laboratorium Tysiąca IT",
                Sample.Source.CSV, null, null, null);
    }

    @Test
    default void whatCannotBeReadGetsAProblemDescriptionAndNothingIsTaken() throws Exception {
        LabResults.NewKey key = Beans.get(AsAdministrator.class).call(() -> Beans.get(LabResults.class).issueKey("Laboratorium Błędów IT"));
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();

        HttpResponse<String> noKey = post(null, "application/json", "{\"results\":[]}");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(post("cclab_wrong", "application/json", "{\"results\":[]}").statusCode()).isEqualTo(401);

        HttpResponse<String> malformed = post(key.plain(), "application/json", "{\"results\":[{\"barcode\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(malformed.body()).contains("\"status\":400").contains("\"title\":\"Malformed body\"");

        HttpResponse<String> huge = post(key.plain(), "application/json", "{\"results\":[\"" + "x".repeat(1_000_001) + "\"]}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("too-large");

        String unknownBarcode = "IT-NOWHERE-" + System.nanoTime();
        HttpResponse<String> wrongItem = post(key.plain(), "application/json", "{\"results\":[" + item(unknownBarcode, "negative", now, null)
                + "," + item("KRK-1", "maybe", "yesterday", null) + ",42]}");
        assertThat(wrongItem.statusCode()).isEqualTo(400);
        assertThat(wrongItem.body()).contains("\"index\":1,\"field\":\"result\"").contains("\"index\":1,\"field\":\"resultTime\"")
                .contains("\"index\":2,\"field\":\"item\"");
        assertThat(Beans.get(AsTestingClerk.class).call(() -> Beans.get(UnmatchedResults.class).open(0, 10_000)))
                .as("all or nothing: the readable first item was not taken either").noneMatch(u -> u.barcode().equals(unknownBarcode));

        HttpResponse<String> textPlain = post(key.plain(), "text/plain", "{\"results\":[]}");
        assertThat(textPlain.statusCode()).as("a simple content type is not a JSON post").isEqualTo(415);
        // The other types a form of another site can post without asking first (CORS "simple" requests).
        assertThat(post(key.plain(), "application/x-www-form-urlencoded", "{\"results\":[]}").statusCode()).isEqualTo(415);
        assertThat(post(key.plain(), "multipart/form-data; boundary=x", "--x\r\n\r\n{\"results\":[]}\r\n--x--").statusCode())
                .isEqualTo(415);

        byte[] notUtf8 = {'{', '"', 'r', 'e', 's', 'u', 'l', 't', 's', '"', ':', '[', '"', (byte) 0xC3, (byte) 0x28, '"', ']', '}'};
        HttpResponse<String> garbled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().resolve("/api/testing/results"))
                .header("Content-Type", "application/json").header("X-Api-Key", key.plain())
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(garbled.statusCode()).as("bytes that are not UTF-8").isEqualTo(400);
        assertThat(garbled.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().resolve("/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openapi.body()).contains("/api/testing/results").contains("A laboratory sends test results");
    }

    /**
     * A lab's system posting in parallel with its one key: every post is taken. (Each post used to raise the key's
     * version to note its last use, so all parallel posts but one failed; found by {@code DatabaseOutageFault}.)
     */
    @Test
    default void parallelPostsWithOneKeyAreAllTaken() throws Exception {
        LabResults.NewKey key = Beans.get(AsAdministrator.class).call(() -> Beans.get(LabResults.class).issueKey("Laboratorium Równoległe IT"));
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var posts = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 24; i++) {
                String body = "{\"results\":[" + item("IT-PARALLEL-" + System.nanoTime() + "-" + i, "negative", now, null) + "]}";
                posts.add(pool.submit(() -> post(key.plain(), "application/json", body).statusCode()));
            }
            for (var post : posts) {
                assertThat(post.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
