package pl.citycare.shared.audit;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.signin.application.SignInOutcome;
import pl.citycare.platform.security.signin.application.SignInService;
import pl.citycare.support.Beans;
import pl.citycare.support.EntityManagerHolder;
import pl.citycare.support.TestAccounts;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail inside Payara Micro: written in the same transaction as the change, hash-chained,
 * not forked by concurrent writers, never holding the chain while business work goes on, and a
 * changed or deleted row is found by the verifier. Runs in {@code CityCareIT}.
 */
public interface AuditTrailTests {

    private void changeLanguage(String username, String language) throws Exception {
        TestAccounts.change(username, account -> account.changePreferredLocale(language));
    }

    private AuditChainVerifier verifier() {
        return new AuditChainVerifier(Beans.dataSource());
    }

    private AuditEventQuery query() {
        return new AuditEventQuery(Beans.dataSource());
    }

    private String createAccount() throws Exception {
        return TestAccounts.create("audit-", Role.TESTING_CLERK);
    }

    private String idOf(String username) throws Exception {
        return String.valueOf(TestAccounts.find(username).orElseThrow().getId());
    }

    @Test
    default void onlyAnAuditorReadsTheTrail() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Beans.get(pl.citycare.platform.audit.application.AuditTrailReading.class).verify())
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    default void connectionsReadCommittedData() throws Exception {
        try (Connection c = Beans.dataSource().getConnection()) {
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Test
    default void theDemoDataOfStartUpIsInTheChain() {
        assertThat(query().newest("Centre", "CPPP1", 0, 5)).extracting(AuditEventView::action)
                .containsExactly(AuditAction.CREATE);
        assertThat(query().newest("Centre", "CPPP1", 0, 5).get(0).actor()).isEqualTo(AuditTrail.SYSTEM_ACTOR);
        assertThat(verifier().verify().intact()).isTrue();
    }

    @Test
    default void creatingAndChangingARecordWritesEventsWithBeforeAndAfter() throws Exception {
        String username = createAccount();
        String id = idOf(username);

        Beans.inTransaction(() -> {
            Beans.get(AuditTrail.class).because("clerk asked for English");
            changeLanguage(username, "en");
            return null;
        });

        List<AuditEventView> events = query().newest("UserAccount", id, 0, 10);
        assertThat(events).hasSize(2);
        AuditEventView update = events.get(0);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.reason()).isEqualTo("clerk asked for English");
        assertThat(update.actor()).isNotBlank();
        JsonObject changes = Json.createReader(new StringReader(update.changes())).readObject();
        assertThat(changes.keySet()).containsExactly("preferredLocale");
        assertThat(changes.getJsonObject("preferredLocale").getString("before")).isEqualTo("pl");
        assertThat(changes.getJsonObject("preferredLocale").getString("after")).isEqualTo("en");

        AuditEventView create = events.get(1);
        assertThat(create.action()).isEqualTo(AuditAction.CREATE);
        JsonObject created = Json.createReader(new StringReader(create.changes())).readObject();
        assertThat(created.getJsonObject("username").getString("after")).isEqualTo(username);
        assertThat(create.changes()).doesNotContain("PBKDF2"); // the password hash never enters the trail
    }

    /** The auditor's list: filtered by record and actor, either order, paged; counted without reading the trail. */
    @Test
    default void theTrailIsListedByRecordAndActorInEitherOrderAndCountedFromTheHead() throws Exception {
        String username = createAccount();
        String id = idOf(username);
        for (String language : List.of("en", "uk", "pl")) {
            Beans.inTransaction(() -> {
                changeLanguage(username, language);
                return null;
            });
        }
        String actor = query().newest("UserAccount", id, 0, 1).get(0).actor();

        assertThat(query().count("UserAccount", id, null)).isEqualTo(4);
        assertThat(query().page("UserAccount", id, null, true, 0, 10)).as("in the order written")
                .extracting(e -> e.action().name()).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
        List<AuditEventView> secondPage = query().page("UserAccount", " " + id + " ", actor, false, 2, 2);
        assertThat(secondPage).extracting(AuditEventView::seq)
                .containsExactly(query().page("UserAccount", id, null, false, 0, 4).subList(2, 4).stream()
                        .map(AuditEventView::seq).toArray(Long[]::new));
        assertThat(query().count("UserAccount", id, "nobody-" + UUID.randomUUID())).isZero();
        assertThat(query().count(null, " ", null)).as("the whole trail: the head's number").isEqualTo(lastSeq());
        assertThat(query().entityTypes()).as("each type once, in order").contains("UserAccount").doesNotHaveDuplicates()
                .isSorted();
    }

    @Test
    default void aRolledBackChangeLeavesNoEvent() throws Exception {
        String username = createAccount();
        String id = idOf(username);
        long before = lastSeq();

        UserTransaction tx = Beans.transaction();
        tx.begin();
        changeLanguage(username, "uk");
        Beans.get(EntityManagerHolder.class).em().flush(); // written, then rolled back
        tx.rollback();

        assertThat(lastSeq()).isEqualTo(before);
        assertThat(query().newest("UserAccount", id, 0, 10)).extracting(AuditEventView::action)
                .containsExactly(AuditAction.CREATE);
        assertThat(TestAccounts.find(username).orElseThrow().getPreferredLocale()).isEqualTo("pl");
    }

    @Test
    default void readsOfSensitiveRecordsAreRecordedEvenWhenNothingIsWritten() throws Exception {
        String note = "it-" + UUID.randomUUID();
        Beans.inTransaction(() -> {
            Beans.get(AuditTrail.class).recordRead("SessionNote", note);
            return null;
        });

        assertThat(query().newest("SessionNote", note, 0, 5)).extracting(AuditEventView::action)
                .containsExactly(AuditAction.READ);
        assertThat(verifier().verify().intact()).isTrue();
    }

    @Test
    default void aTransactionThatFlushesTwiceChainsAllItsEventsOnceAtTheEnd() throws Exception {
        String username = createAccount();
        long before = lastSeq();

        Beans.inTransaction(() -> {
            EntityManager em = Beans.get(EntityManagerHolder.class).em();
            changeLanguage(username, "en");
            em.flush();
            changeLanguage(username, "uk");
            em.flush();
            changeLanguage(username, "pl");
            return null;
        });

        assertThat(lastSeq() - before).isEqualTo(3);
        assertThat(query().newest("UserAccount", idOf(username), 0, 3)).extracting(AuditEventView::changes)
                .allSatisfy(changes -> assertThat(changes).contains("preferredLocale"));
        assertThat(verifier().verify().intact()).isTrue();
    }

    /**
     * The reason for collecting events until the commit: a long transaction (an import, say) that has
     * written many audited rows holds nothing that a sign-in needs, so the sign-in does not wait for it.
     */
    @Test
    default void aSignInCompletesWhileALongBatchOfAuditedWritesIsOpen() throws Exception {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(createAccount());
        }
        String clerk = createAccount();
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> longTransaction = executor.submit((Callable<Void>) () -> {
            UserTransaction own = Beans.transaction();
            own.begin();
            try {
                for (int round = 0; round < 20; round++) {
                    for (String user : batch) {
                        changeLanguage(user, round % 2 == 0 ? "en" : "uk");
                    }
                    Beans.get(EntityManagerHolder.class).em().flush(); // rows written and locked, events pending
                }
                written.countDown();
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
                own.commit();
            } catch (Exception | AssertionError e) {
                own.rollback();
                throw e;
            }
            return null;
        });
        assertThat(written.await(60, TimeUnit.SECONDS)).as("the long transaction wrote its batch").isTrue();
        try {
            Future<SignInOutcome> signIn = executor.submit(() ->
                    Beans.get(SignInService.class).signIn(clerk, TestAccounts.PASSWORD, "127.0.0.1"));

            // Generous: it takes a PBKDF2 check; waiting for the other transaction would take until it ends.
            assertThat(signIn.get(8, TimeUnit.SECONDS)).isInstanceOf(SignInOutcome.SignedIn.class);
        } finally {
            release.countDown();
        }
        longTransaction.get(60, TimeUnit.SECONDS);
        assertThat(query().newest("UserAccount", idOf(batch.get(0)), 0, 30)).hasSize(21); // create + 20 rounds
        assertThat(verifier().verify().intact()).isTrue();
    }

    @Test
    default void concurrentWritersNeitherForkNorGapTheChain() throws Exception {
        long before = lastSeq();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(createAccount());
        }
        long afterCreates = lastSeq();
        List<Future<?>> writers = new ArrayList<>();
        for (String user : users) {
            writers.add(executor().submit((Callable<Void>) () -> {
                for (String language : List.of("en", "uk", "pl", "en", "uk")) {
                    UserTransaction own = Beans.transaction();
                    own.begin();
                    changeLanguage(user, language);
                    own.commit();
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }

        assertThat(afterCreates - before).isEqualTo(6);
        assertThat(lastSeq() - afterCreates).isEqualTo(6 * 5);
        try (Connection c = Beans.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT prev_hash), MAX(seq) FROM audit_event")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no gaps").isEqualTo(rs.getLong(3));
            assertThat(rs.getLong(2)).as("no two events share a predecessor (no fork)").isEqualTo(rs.getLong(1));
        }
        assertThat(verifier().verify()).isEqualTo(ChainVerification.intact(lastSeq()));
    }

    @Test
    default void anAlteredEventIsFoundAndNamed() throws Exception {
        String username = createAccount();
        long seq = lastSeq();
        String original = column(seq, "changes");

        update("UPDATE audit_event SET changes = ? WHERE seq = ?", original.replace(username, "someone-else"), seq);
        try {
            ChainVerification result = verifier().verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        } finally {
            update("UPDATE audit_event SET changes = ? WHERE seq = ?", original, seq);
        }
    }

    @Test
    default void aDeletedEventIsFoundAndNamed() throws Exception {
        createAccount();
        createAccount();
        long middle = lastSeq() - 1;
        Object[] row = row(middle);

        update("DELETE FROM audit_event WHERE seq = ?", middle);
        try {
            ChainVerification result = verifier().verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.MISSING);
        } finally {
            putBack(row);
        }
    }

    @Test
    default void eventsRemovedFromTheEndAreFound() throws Exception {
        createAccount();
        long last = lastSeq();
        Object[] row = row(last);

        update("DELETE FROM audit_event WHERE seq = ?", last);
        try {
            ChainVerification result = verifier().verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(last);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.TRUNCATED);
        } finally {
            putBack(row);
        }
    }

    @Test
    default void swappedEventsAreFoundAtTheFirstOfThem() throws Exception {
        createAccount();
        createAccount();
        long second = lastSeq();
        long first = second - 1;
        swap(first, second);
        try {
            ChainVerification result = verifier().verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(first);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
            assertThat(result.brokenAt()).isEqualTo(((java.time.OffsetDateTime) row(first)[1]).toInstant());
        } finally {
            swap(first, second);
        }
        assertThat(verifier().verify().intact()).isTrue();
    }

    @Test
    default void aRangeIsVerifiedOnItsOwnLinkedToTheEventBeforeItAndTheRunIsRecorded() throws Exception {
        long old = 3;
        String original = column(old, "actor");
        java.time.Instant since = java.time.Instant.now().minusSeconds(1);
        createAccount();
        createAccount();
        update("UPDATE audit_event SET actor = ? WHERE seq = ?", "someone-else", old);
        try {
            ChainVerification recent = verifier().verify(since, null, checked -> { });
            assertThat(recent.intact()).as("the altered event lies before the range").isTrue();
            assertThat(recent.eventsChecked()).isBetween(2L, lastSeq() - old);
            ChainVerification whole = verifier().verify();
            assertThat(whole.brokenAtSeq()).isEqualTo(old);
            assertThat(whole.brokenAt()).isEqualTo(((java.time.OffsetDateTime) row(old)[1]).toInstant());
            assertThat(verifier().verify(null, since, checked -> { }).brokenAtSeq()).as("the range holds it").isEqualTo(old);
        } finally {
            update("UPDATE audit_event SET actor = ? WHERE seq = ?", original, old);
        }
        var progress = new java.util.ArrayList<Long>();
        assertThat(verifier().verify(null, null, progress::add).intact()).isTrue();
        assertThat(progress).last().isEqualTo(lastSeq());
        assertThat(verifier().count(null, null)).isEqualTo(lastSeq());

        var reading = Beans.get(pl.citycare.platform.audit.application.AuditTrailReading.class);
        var verdict = Beans.get(pl.citycare.support.AsAuditor.class).call(() -> reading.verifyInBackground(since, null,
                new java.util.concurrent.atomic.AtomicLong()).get());
        assertThat(verdict.intact()).isTrue();
        assertThat(query().newest("AuditChain", null, 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.READ));
    }

    @Test
    default void theTakeAwayPackageIsVerifiedByItsOwnToolWithoutCityCare() throws Exception {
        java.time.Instant since = java.time.Instant.now().minusSeconds(1);
        createAccount();
        createAccount();
        java.nio.file.Path whole = unzip(export(null, null));
        assertThat(java.nio.file.Files.readString(whole.resolve("README.txt")))
                .contains("java VerifyAuditChain.java audit-events.csv --head $(cat head.txt)");
        String head = java.nio.file.Files.readString(whole.resolve("head.txt")).strip();
        assertThat(runTool(whole, "--head", head)).startsWith("INTACT: " + head.substring(0, head.indexOf(':')) + " events, last hash ");

        java.nio.file.Path recent = unzip(export(since, null));
        String anchor = java.nio.file.Files.readString(recent.resolve("anchor.txt")).strip();
        assertThat(java.nio.file.Files.readString(recent.resolve("README.txt")))
                .contains("java VerifyAuditChain.java audit-events.csv --anchor $(cat anchor.txt) --head $(cat head.txt)");
        assertThat(runTool(recent, "--anchor", anchor, "--head", java.nio.file.Files.readString(recent.resolve("head.txt")).strip()))
                .matches("INTACT: \\d+ events from seq \\d+, last hash [0-9a-f]{64}");
        assertThat(runTool(recent, "--anchor", "0".repeat(64))).as("a wrong anchor").contains(": relinked");

        long last = lastSeq();
        String original = column(last, "entity_id");
        update("UPDATE audit_event SET entity_id = ? WHERE seq = ?", "999999", last);
        try {
            assertThat(runTool(unzip(export(since, null)), "--anchor", anchor)).isEqualTo("BROKEN at seq " + last + ": altered");
        } finally {
            update("UPDATE audit_event SET entity_id = ? WHERE seq = ?", original, last);
        }
        assertThat(query().newest("AuditChainExport", null, 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.READ));
    }

    private byte[] export(java.time.Instant from, java.time.Instant to) throws Exception {
        var reading = Beans.get(pl.citycare.platform.audit.application.AuditTrailReading.class);
        return Beans.get(pl.citycare.support.AsAuditor.class).call(() -> {
            var out = new java.io.ByteArrayOutputStream();
            reading.export(from, to, out);
            return out.toByteArray();
        });
    }

    private java.nio.file.Path unzip(byte[] zip) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("audit-take-away");
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                java.nio.file.Files.copy(in, dir.resolve(entry.getName()));
            }
        }
        assertThat(dir.resolve("VerifyAuditChain.java")).exists();
        assertThat(dir.resolve("audit-chain.md")).exists();
        return dir;
    }

    /** Runs the package's own verifier, as an auditor would, with the JDK's source launcher. */
    private String runTool(java.nio.file.Path dir, String... options) throws Exception {
        var command = new java.util.ArrayList<>(List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "VerifyAuditChain.java", "audit-events.csv"));
        command.addAll(List.of(options));
        Process tool = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        tool.waitFor();
        return output;
    }

    /** Swaps two events' places in the chain (their sequence numbers). */
    private void swap(long a, long b) throws Exception {
        update("UPDATE audit_event SET seq = ? WHERE seq = ?", -a, a);
        update("UPDATE audit_event SET seq = ? WHERE seq = ?", a, b);
        update("UPDATE audit_event SET seq = ? WHERE seq = ?", b, -a);
    }

    private ManagedExecutorService executor() throws Exception {
        return (ManagedExecutorService) new javax.naming.InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    }

    private long lastSeq() throws Exception {
        try (Connection c = Beans.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String column(long seq, String column) throws Exception {
        try (Connection c = Beans.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM audit_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Object[] row(long seq) throws Exception {
        try (Connection c = Beans.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT seq, occurred_at, actor, entity_type, entity_id, action, "
                     + "changes, reason, prev_hash, hash FROM audit_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object[] values = new Object[10];
                for (int i = 0; i < 10; i++) {
                    values[i] = i == 1 ? rs.getObject(2, java.time.OffsetDateTime.class) : rs.getObject(i + 1);
                }
                return values;
            }
        }
    }

    /** Restores a row the test deleted, exactly as it was. */
    private void putBack(Object[] row) throws Exception {
        update("INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, "
                + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
    }

    private void update(String sql, Object... params) throws Exception {
        try (Connection c = Beans.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
