package pl.citycare.reliability;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 7: the server killed with {@code kill -9} in the middle of a laboratory's import of 100,000 results,
 * sent as the lab API takes them (batches of {@value #BATCH}; each batch is all or nothing). After a restart no batch
 * may be partly there, every batch the server acknowledged must be whole, the audit chain must verify, and sending
 * the whole import again must complete with exactly 100,000 results and no duplicate. Run with
 * {@code ./mvnw verify -Pfaults} (docs/reliability.md).
 */
class ImportCrashFault {

    static final int BATCHES = 100;
    static final int BATCH = 1_000;
    private static final String DATABASE = "citycare_faults_crash";

    @Test
    void aKilledServerLeavesNoPartialBatchAndTheImportCompletesOnceWhenSentAgain() throws Exception {
        FaultDatabase db = FaultDatabase.fromSystemProperties();
        String url = db.recreate(DATABASE);
        String time = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String[] batches = new String[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            var body = new StringBuilder("{\"results\":[");
            for (int i = 0; i < BATCH; i++) {
                body.append(i == 0 ? "" : ",").append("{\"barcode\":\"CRASH-").append(b).append('-').append(i)
                        .append("\",\"result\":\"").append(i % 50 == 0 ? "positive" : "negative").append("\",\"resultTime\":\"").append(time).append("\"}");
            }
            batches[b] = body.append("]}").toString();
        }

        String key;
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        long killedAfterMillis;
        try (Node first = Node.start("crash-1", 18481, url, Map.of())) {
            first.awaitReady(Duration.ofMinutes(4));
            key = DatabaseOutageFault.labKey(db, url);
            long start = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            ExecutorService labs = Executors.newFixedThreadPool(2);
            for (int t = 0; t < 2; t++) {
                labs.submit(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    for (int b = next.getAndIncrement(); b < BATCHES; b = next.getAndIncrement()) {
                        try {
                            if (post(http, first, key, batches[b]).statusCode() / 100 == 2) {
                                acknowledged.add(b);
                            }
                        } catch (Exception killed) {
                            return null; // the server went away mid-request: this batch was never acknowledged
                        }
                    }
                    return null;
                });
            }
            while (acknowledged.size() < BATCHES / 3) {
                Thread.sleep(20);
            }
            first.kill();
            killedAfterMillis = (System.nanoTime() - start) / 1_000_000;
            labs.shutdown();
            assertThat(labs.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        Map<Integer, Integer> afterCrash = perBatch(db, url);
        var partial = afterCrash.entrySet().stream().filter(e -> e.getValue() != BATCH).map(Map.Entry::getKey).sorted().toList();
        var lost = acknowledged.stream().filter(b -> afterCrash.getOrDefault(b, 0) != BATCH).sorted().toList();
        int whole = afterCrash.size() - partial.size();

        Duration restart;
        long resendMillis;
        try (Node second = Node.start("crash-2", 18482, url, Map.of())) {
            restart = second.awaitReady(Duration.ofMinutes(4));
            assertThat(db.chainIntact(url)).as("the audit chain after the crash").isTrue();
            HttpClient http = HttpClient.newHttpClient();
            long start = System.nanoTime();
            for (String batch : batches) {
                assertThat(post(http, second, key, batch).statusCode()).as("a batch sent again").isEqualTo(200);
            }
            resendMillis = (System.nanoTime() - start) / 1_000_000;
        }
        Map<Integer, Integer> afterResend = perBatch(db, url);
        long total = afterResend.values().stream().mapToLong(Integer::longValue).sum();
        long distinct = count(db, url, "SELECT COUNT(DISTINCT barcode) FROM ts_unmatched_result WHERE barcode LIKE 'CRASH-%'");

        String report = String.format("""
                Import crash: %d batches of %d results; killed (kill -9) %.1f s in, with %d batches acknowledged
                after the crash: %d batches whole, %d partial %s, acknowledged but not whole: %s
                restart to ready: %.1f s; audit chain intact
                whole import sent again: %.1f s; results stored: %d, distinct barcodes: %d
                """, BATCHES, BATCH, killedAfterMillis / 1000.0, acknowledged.size(), whole, partial.size(), partial, lost,
                restart.toMillis() / 1000.0, resendMillis / 1000.0, total, distinct);
        System.out.println(report);
        Files.writeString(Path.of("target", "faults", "import-crash.txt"), report);

        assertThat(partial).as("batches partly stored after the crash").isEmpty();
        assertThat(lost).as("acknowledged batches not whole after the crash").isEmpty();
        assertThat(whole).as("the crash came in the middle: some batches stored, not all").isBetween(1, BATCHES - 1);
        assertThat(total).isEqualTo((long) BATCHES * BATCH);
        assertThat(distinct).as("no result twice").isEqualTo((long) BATCHES * BATCH);
        assertThat(db.chainIntact(url)).as("the audit chain at the end").isTrue();
    }

    private static HttpResponse<String> post(HttpClient http, Node node, String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(node.base().resolve("/api/testing/results")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** How many results of each batch are stored (batches with none are absent). */
    private static Map<Integer, Integer> perBatch(FaultDatabase db, String url) throws Exception {
        var counts = new HashMap<Integer, Integer>();
        try (Connection c = db.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT split_part(barcode, '-', 2), COUNT(*) FROM ts_unmatched_result"
                     + " WHERE barcode LIKE 'CRASH-%' GROUP BY split_part(barcode, '-', 2)")) {
            while (rs.next()) {
                counts.put(Integer.parseInt(rs.getString(1)), rs.getInt(2));
            }
        }
        return counts;
    }

    private static long count(FaultDatabase db, String url, String sql) throws Exception {
        try (Connection c = db.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
