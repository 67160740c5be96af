package pl.citycare.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One CityCare instance for the fault tests: the packaged WAR on Payara Micro in a process of its own, as
 * production runs it (server-config, PostgreSQL from the environment), so that a test can kill it, stop its
 * database under it, or start a second one. Its output goes to {@code target/faults/<name>.log}.
 */
final class Node implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private Node(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts CityCare with demo data on this port against the given PostgreSQL database, through
     * {@code server-config/start-node.sh} (the Docker image's entry point): alone, or in a cluster when the
     * environment names one ({@code CITYCARE_CLUSTER_MODE}, docs/deployment.md). Does not wait.
     */
    static Node start(String name, int port, String databaseUrl, Map<String, String> environment) throws IOException {
        Path dir = Path.of("target", "faults");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        String config = System.getProperty("citycare.serverConfig", "server-config");
        var builder = new ProcessBuilder("/bin/sh", config + "/start-node.sh").redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("CITYCARE_")); // not the test JVM's settings
        env.put("CITYCARE_SERVER_CONFIG", config);
        env.put("CITYCARE_WAR", System.getProperty("citycare.war", "target/citycare.war"));
        env.put("PAYARA_MICRO_JAR", System.getProperty("payara.microJar", "target/payara-micro.jar"));
        env.put("CITYCARE_PORT", Integer.toString(port));
        env.put("JAVA_OPTS", "-Xmx512m");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("CITYCARE_DB_URL", databaseUrl);
        env.put("CITYCARE_DB_USER", System.getProperty("faults.pg.user", "postgres"));
        env.put("CITYCARE_DB_PASSWORD", System.getProperty("faults.pg.password", ""));
        env.put("CITYCARE_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        env.put("CITYCARE_DEMO_DATA", "true");
        env.putAll(environment);
        return new Node(name, port, builder.start(), log);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Waits until {@code /health/ready} says UP; answers how long that took. */
    Duration awaitReady(Duration atMost) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base().resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"startup\":\"ready\"")) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + atMost + "; see " + log);
    }

    /** Waits until the node's output contains this text; answers whether it did in time. */
    boolean awaitLog(String text, Duration atMost) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** kill -9: no shutdown hook, no transaction finished, as when the machine loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
