package pl.citycare.reliability;

import org.junit.jupiter.api.Test;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.testing.domain.lab.LabApiKey;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 8: PostgreSQL stopped and started again under load. Four laboratories post results and two
 * clerks page through the worker list while the database goes away for {@value #OUTAGE_SECONDS} seconds. During the
 * outage every answer must be a friendly one (the translated error page with a request number, or the API's 503
 * problem description, "try again later"), never a stack trace or a dropped connection; once the database is back the
 * application must serve again by itself within 30 seconds (pool validation); and every result the API
 * acknowledged must be in the database. Needs the right to stop and start the local PostgreSQL
 * ({@code pg_ctlcluster}); run with {@code ./mvnw verify -Pfaults} (docs/reliability.md).
 */
class DatabaseOutageFault {

    static final int OUTAGE_SECONDS = 15;
    private static final String DATABASE = "citycare_faults";

    @Test
    void theApplicationSurvivesADatabaseRestartUnderLoadAndLosesNoAcknowledgedWrite() throws Exception {
        FaultDatabase db = FaultDatabase.fromSystemProperties();
        String url = db.recreate(DATABASE);
        try (Node node = Node.start("outage", 18480, url, Map.of())) {
            Duration ready = node.awaitReady(Duration.ofMinutes(4));
            String key = labKey(db, url);
            Clerk[] clerks = {Clerk.signIn(node.base(), "testing", DemoUsers.DEMO_PASSWORD), Clerk.signIn(node.base(), "testing", DemoUsers.DEMO_PASSWORD)};

            var acknowledged = ConcurrentHashMap.<String>newKeySet();
            var outcomes = new ConcurrentHashMap<String, AtomicInteger>();
            var unfriendly = new ArrayList<String>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong lastFailure = new AtomicLong();
            AtomicInteger sequence = new AtomicInteger();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService load = Executors.newFixedThreadPool(6);
            for (int lab = 0; lab < 4; lab++) {
                load.submit(() -> {
                    while (running.get()) {
                        String barcode = "FAULT-" + sequence.incrementAndGet();
                        String outcome;
                        try {
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(node.base().resolve("/api/testing/results"))
                                    .header("Content-Type", "application/json").header("X-Api-Key", key).timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(result(barcode))).build(), HttpResponse.BodyHandlers.ofString());
                            outcome = "api " + answer.statusCode();
                            if (answer.statusCode() / 100 == 2) {
                                acknowledged.add(barcode);
                            } else {
                                lastFailure.set(System.nanoTime());
                                // The database away is "try again later" for a lab's system: 503 problem+json, nothing else.
                                if (answer.statusCode() != 503 || !answer.body().contains("\"status\":503")
                                        || answer.body().matches("(?s).*(Exception|\\bat [a-z]+\\.).*")) {
                                    synchronized (unfriendly) {
                                        unfriendly.add("api " + answer.statusCode() + ": " + answer.body());
                                    }
                                }
                            }
                        } catch (Exception e) {
                            outcome = "api " + e.getClass().getSimpleName();
                            lastFailure.set(System.nanoTime());
                            synchronized (unfriendly) {
                                unfriendly.add("api: " + e);
                            }
                        }
                        outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                        pause(50);
                    }
                    return null;
                });
            }
            for (Clerk clerk : clerks) {
                load.submit(() -> {
                    while (running.get()) {
                        String outcome;
                        try {
                            HttpResponse<String> page = clerk.get("/testing/workers.xhtml");
                            boolean served = page.statusCode() == 200 && page.body().contains("id=\"user-name\"");
                            boolean friendly = page.body().contains("Numer żądania") && !page.body().contains("Caused by");
                            outcome = "page " + page.statusCode() + (served ? "" : friendly ? " error page" : " other");
                            if (!served) {
                                lastFailure.set(System.nanoTime());
                                if (!friendly) {
                                    synchronized (unfriendly) {
                                        unfriendly.add("page " + page.statusCode() + ": " + page.body().substring(0, Math.min(300, page.body().length())));
                                    }
                                }
                            }
                        } catch (Exception e) {
                            outcome = "page " + e.getClass().getSimpleName();
                            lastFailure.set(System.nanoTime());
                            synchronized (unfriendly) {
                                unfriendly.add("page: " + e);
                            }
                        }
                        outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                        pause(200);
                    }
                    return null;
                });
            }

            Thread.sleep(10_000);
            int beforeOutage = acknowledged.size();
            postgres("stop");
            Instant stopped = Instant.now();
            Thread.sleep(OUTAGE_SECONDS * 1000L);
            postgres("start");
            long back = System.nanoTime();
            Thread.sleep(40_000);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            double recovery = Math.max(0, lastFailure.get() - back) / 1e9;
            Set<String> stored = stored(db, url);
            var missing = new HashSet<>(acknowledged);
            missing.removeAll(stored);
            String report = String.format("""
                    Database outage: ready after %.1f s; PostgreSQL stopped at %s for %d s
                    requests by outcome: %s
                    results acknowledged: %d (%d before the outage); found in the database: %d; missing: %d
                    last failed request %.1f s after PostgreSQL was started again
                    unfriendly answers: %d %s
                    """, ready.toMillis() / 1000.0, stopped, OUTAGE_SECONDS, new java.util.TreeMap<>(outcomes), acknowledged.size(),
                    beforeOutage, stored.size(), missing.size(), recovery, unfriendly.size(), unfriendly.stream().limit(5).toList());
            System.out.println(report);
            Files.writeString(Path.of("target", "faults", "database-outage.txt"), report);

            assertThat(outcomes.keySet()).as("the outage was felt").anyMatch(o -> !o.equals("api 200") && !o.equals("page 200"));
            assertThat(unfriendly).as("answers that were not friendly").isEmpty();
            assertThat(missing).as("acknowledged results missing from the database").isEmpty();
            assertThat(recovery).as("seconds until the application served again by itself").isLessThan(30);
            assertThat(db.chainIntact(url)).as("the audit chain after the outage").isTrue();
        }
    }

    /** A lab key made the way the application makes one, stored directly (the fault test has no admin session). */
    static String labKey(FaultDatabase db, String url) throws Exception {
        LabApiKey.Issued issued = LabApiKey.issue("Laboratorium awarii", Instant.now(), "faults");
        try (Connection c = db.connect(url);
             PreparedStatement insert = c.prepareStatement("INSERT INTO ts_lab_api_key (id, lab, key_start, key_hash, created_at, created_by)"
                     + " VALUES (nextval('ts_lab_api_key_seq'), ?, ?, ?, now(), 'faults')")) {
            insert.setString(1, "Laboratorium awarii");
            insert.setString(2, issued.plain().substring(0, 12));
            insert.setString(3, LabApiKey.hash(issued.plain()));
            insert.executeUpdate();
        }
        return issued.plain();
    }

    private static String result(String barcode) {
        String time = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"results\":[{\"barcode\":\"" + barcode + "\",\"result\":\"negative\",\"resultTime\":\"" + time + "\"}]}";
    }

    private static Set<String> stored(FaultDatabase db, String url) throws Exception {
        var barcodes = new HashSet<String>();
        try (Connection c = db.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT barcode FROM ts_unmatched_result WHERE barcode LIKE 'FAULT-%'")) {
            while (rs.next()) {
                barcodes.add(rs.getString(1));
            }
        }
        return barcodes;
    }

    /** Stops or starts the local cluster ({@code faults.pg.cluster}, e.g. "15 main"; the only one under /etc/postgresql by default). */
    private static void postgres(String action) throws Exception {
        String cluster = System.getProperty("faults.pg.cluster", "");
        if (cluster.isBlank()) {
            try (var versions = Files.list(Path.of("/etc/postgresql"))) {
                cluster = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow() + " main";
            }
        }
        var command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect"));
        command.addAll(List.of(cluster.split(" ")));
        command.add(action);
        if (action.equals("stop")) {
            command.addAll(List.of("-m", "fast"));
        }
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
