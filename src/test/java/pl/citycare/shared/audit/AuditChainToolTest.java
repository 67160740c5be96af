package pl.citycare.shared.audit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's own verifier ({@code tools/VerifyAuditChain.java}, run as an auditor runs it, by the JDK's
 * source launcher on a CSV export) agrees with CityCare's verifier on an intact chain and on every kind
 * of damage, and the test vector of docs/audit-chain.md is what CityCare computes.
 */
class AuditChainToolTest {

    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static List<String[]> chain;

    /** A chain as CityCare makes it: nulls, empty text, Polish and Ukrainian letters, a surrogate pair, CSV quoting. */
    @BeforeAll
    static void makeChain() {
        chain = new ArrayList<>();
        String previous = ChainedEvent.GENESIS_HASH;
        Object[][] events = {
                {"system", "Centre", "CPPP1", "CREATE", "{\"name\":{\"before\":null,\"after\":\"Centrum nr 1\"}}", null},
                {"admin", "UserAccount", "7", "UPDATE", "{\"displayName\":{\"before\":\"Łucja\",\"after\":\"Юлія, \\\"Ю\\\"\"}}", "na prośbę"},
                {"anonymous", "SignInAttempt", "9", "CREATE", "{}", ""},
                {"auditor", "SessionNote", "n-1", "READ", "{}", "line one\nline two 😀"},
                {"system", "Centre", "CPPP2", "UPDATE", "{\"active\":{\"before\":\"true\",\"after\":\"false\"}}", null}};
        Instant time = Instant.parse("2026-11-26T08:00:00.123456Z");
        for (int i = 0; i < events.length; i++) {
            Object[] e = events[i];
            var event = new ChainedEvent(i + 1, time.plusSeconds(i * 61L).plusNanos(i == 2 ? -123_456_000 : 0),
                    (String) e[0], (String) e[1], (String) e[2], (String) e[3], (String) e[4], (String) e[5], previous);
            String hash = event.hash();
            chain.add(new String[]{String.valueOf(event.seq()), EXPORTED.format(event.occurredAt()), event.actor(),
                    event.entityType(), event.entityId(), event.action(), event.changes(), event.reason(), previous, hash});
            previous = hash;
        }
    }

    @Test
    void theDocumentedTestVectorIsWhatCityCareComputes() {
        var vector = new ChainedEvent(1, Instant.parse("2026-11-26T08:00:00.123456Z"), "admin", "UserAccount", "7",
                "UPDATE", "{\"displayName\":{\"before\":\"Łucja\",\"after\":\"Ola\"}}", null, ChainedEvent.GENESIS_HASH);

        assertThat(vector.hash()).isEqualTo("b45795045884195ab003381deeb311eeb4172542104a4fdabca31348bd32f4de");
    }

    @Test
    void bothVerifiersFindAnIntactChainIntact() throws Exception {
        assertThat(tool(chain, null)).isEqualTo("INTACT: 5 events, last hash " + chain.get(4)[9]);
        assertThat(inApp(chain, 5, chain.get(4)[9])).isEqualTo(ChainVerification.intact(5));
    }

    @Test
    void bothVerifiersNameTheSameAlteredEvent() throws Exception {
        List<String[]> altered = changed(chain, 1, row -> with(row, 6, row[6].replace("Юлія", "Юля")));

        assertThat(tool(altered, null)).isEqualTo("BROKEN at seq 2: altered");
        assertThat(inApp(altered, 5, chain.get(4)[9]).brokenAtSeq()).isEqualTo(2L);
        assertThat(inApp(altered, 5, chain.get(4)[9]).problem()).isEqualTo(ChainVerification.Problem.ALTERED);
    }

    @Test
    void bothVerifiersTellNullFromEmptyText() throws Exception {
        List<String[]> emptied = changed(chain, 0, row -> with(row, 7, "")); // reason null became ""

        assertThat(tool(emptied, null)).isEqualTo("BROKEN at seq 1: altered");
        assertThat(inApp(emptied, 5, chain.get(4)[9]).problem()).isEqualTo(ChainVerification.Problem.ALTERED);
    }

    @Test
    void bothVerifiersNameTheSameMissingEvent() throws Exception {
        List<String[]> missing = new ArrayList<>(chain);
        missing.remove(2);

        assertThat(tool(missing, null)).isEqualTo("BROKEN at seq 3: missing");
        ChainVerification inApp = inApp(missing, 5, chain.get(4)[9]);
        assertThat(inApp.brokenAtSeq()).isEqualTo(3L);
        assertThat(inApp.problem()).isEqualTo(ChainVerification.Problem.MISSING);
    }

    @Test
    void bothVerifiersFindEventsCutFromTheEndAgainstTheHead() throws Exception {
        List<String[]> cut = new ArrayList<>(chain.subList(0, 4));

        assertThat(tool(cut, "5:" + chain.get(4)[9])).isEqualTo("BROKEN at seq 5: truncated");
        assertThat(inApp(cut, 5, chain.get(4)[9]).problem()).isEqualTo(ChainVerification.Problem.TRUNCATED);
    }

    @Test
    void aRangeIsCheckedFromItsAnchorAsTheVerifierChecksIt() throws Exception {
        List<String[]> range = new ArrayList<>(chain.subList(2, 5));
        String anchor = chain.get(1)[9];

        assertThat(tool(range, null, anchor)).isEqualTo("INTACT: 3 events from seq 3, last hash " + chain.get(4)[9]);
        assertThat(tool(range, null, null)).as("without its anchor, a range is a chain missing its start")
                .isEqualTo("BROKEN at seq 1: missing");
        assertThat(tool(range, null, chain.get(0)[9])).isEqualTo("BROKEN at seq 3: relinked");
        var walk = new ChainWalk(3, anchor);
        range.forEach(r -> walk.accept(new ChainedEvent(Long.parseLong(r[0]), Instant.parse(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8]), r[9]));
        assertThat(walk.finish(5, chain.get(4)[9])).isEqualTo(ChainVerification.intact(3));
    }

    private static ChainVerification inApp(List<String[]> rows, long headSeq, String headHash) {
        var walk = new ChainWalk();
        for (String[] r : rows) {
            var event = new ChainedEvent(Long.parseLong(r[0]), Instant.parse(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8]);
            if (!walk.accept(event, r[9])) {
                break;
            }
        }
        return walk.finish(headSeq, headHash);
    }

    /** Runs the tool as an auditor would: the JDK's source launcher on the exported CSV. */
    private static String tool(List<String[]> rows, String head) throws IOException, InterruptedException {
        return tool(rows, head, null);
    }

    private static String tool(List<String[]> rows, String head, String anchor) throws IOException, InterruptedException {
        Path csv = Files.createTempFile("audit-export", ".csv");
        Files.writeString(csv, csv(rows), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "tools/VerifyAuditChain.java", csv.toString()));
        if (head != null) {
            command.addAll(List.of("--head", head));
        }
        if (anchor != null) {
            command.addAll(List.of("--anchor", anchor));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return output;
    }

    /** As PostgreSQL's \copy ... CSV HEADER writes it: NULL unquoted and empty, text quoted when it must be. */
    private static String csv(List<String[]> rows) {
        var out = new StringBuilder("seq,occurred_at,actor,entity_type,entity_id,action,changes,reason,prev_hash,hash\n");
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String v = row[i];
                out.append(i == 0 ? "" : ",");
                if (v == null) {
                    continue;
                }
                boolean quote = v.isEmpty() || v.contains(",") || v.contains("\"") || v.contains("\n");
                out.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String[]> changed(List<String[]> rows, int index, UnaryOperator<String[]> change) {
        List<String[]> copy = new ArrayList<>(rows);
        copy.set(index, change.apply(rows.get(index)));
        return copy;
    }

    private static String[] with(String[] row, int column, String value) {
        String[] copy = row.clone();
        copy[column] = value;
        return copy;
    }
}
