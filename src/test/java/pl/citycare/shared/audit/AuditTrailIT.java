package pl.citycare.shared.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.citycare.platform.security.application.AccountService;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.persistence.CityCareDataSource;
import pl.citycare.support.Deployments;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail inside Payara Micro: written in the same transaction as the change, hash-chained,
 * not forked by concurrent writers, and a changed or deleted row is found by the verifier.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AuditTrailIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    AuditEventQuery query;

    @Resource
    UserTransaction tx;

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /** Each test leaves the chain intact, whatever it tampered with on the way. */
    @AfterEach
    void chainIsIntactAgain() {
        assertThat(verifier.verify().intact()).as("chain intact after the test restored it").isTrue();
    }

    private String createAccount() throws Exception {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        accounts.create(username, "Audit Subject", "Some-long-password-1".toCharArray(), Set.of(Role.TESTING_CLERK));
        tx.commit();
        return username;
    }

    private String idOf(String username) {
        return String.valueOf(accounts.find(username).orElseThrow().getId());
    }

    @Test
    void creatingAndChangingARecordWritesEventsWithBeforeAndAfter() throws Exception {
        String username = createAccount();
        String id = idOf(username);

        tx.begin();
        auditTrail.because("clerk asked for English");
        accounts.changePreferredLocale(username, "en");
        tx.commit();

        List<AuditEventView> events = query.newest("UserAccount", id, 0, 10);
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

    @Test
    void aRolledBackChangeLeavesNoEvent() throws Exception {
        String username = createAccount();
        String id = idOf(username);
        long before = lastSeq();

        tx.begin();
        accounts.changePreferredLocale(username, "uk");
        tx.rollback();

        assertThat(lastSeq()).isEqualTo(before);
        assertThat(query.newest("UserAccount", id, 0, 10)).extracting(AuditEventView::action)
                .containsExactly(AuditAction.CREATE);
        assertThat(accounts.find(username).orElseThrow().getPreferredLocale()).isEqualTo("pl");
    }

    @Test
    void readsOfSensitiveRecordsAreRecorded() throws Exception {
        tx.begin();
        auditTrail.recordRead("SessionNote", "it-42");
        tx.commit();

        assertThat(query.newest("SessionNote", "it-42", 0, 5)).extracting(AuditEventView::action)
                .containsExactly(AuditAction.READ);
    }

    @Test
    void concurrentWritersNeitherForkNorGapTheChain() throws Exception {
        long before = lastSeq();
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(createAccount());
        }
        long afterCreates = lastSeq();
        List<Future<?>> writers = new ArrayList<>();
        for (String user : users) {
            writers.add(executor.submit((Callable<Void>) () -> {
                for (String language : List.of("en", "uk", "pl", "en", "uk")) {
                    UserTransaction own = (UserTransaction) new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
                    own.begin();
                    accounts.changePreferredLocale(user, language);
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
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT prev_hash), MAX(seq) FROM audit_event")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no gaps").isEqualTo(rs.getLong(3));
            assertThat(rs.getLong(2)).as("no two events share a predecessor (no fork)").isEqualTo(rs.getLong(1));
        }
        assertThat(verifier.verify()).isEqualTo(ChainVerification.intact(lastSeq()));
    }

    @Test
    void anAlteredEventIsFoundAndNamed() throws Exception {
        String username = createAccount();
        long seq = lastSeq();
        String original = column(seq, "changes");

        update("UPDATE audit_event SET changes = ? WHERE seq = ?", original.replace(username, "someone-else"), seq);
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        } finally {
            update("UPDATE audit_event SET changes = ? WHERE seq = ?", original, seq);
        }
    }

    @Test
    void aDeletedEventIsFoundAndNamed() throws Exception {
        createAccount();
        createAccount();
        long middle = lastSeq() - 1;
        Object[] row = row(middle);

        update("DELETE FROM audit_event WHERE seq = ?", middle);
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.MISSING);
        } finally {
            update("INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, "
                    + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        }
    }

    @Test
    void eventsRemovedFromTheEndAreFound() throws Exception {
        createAccount();
        long last = lastSeq();
        Object[] row = row(last);

        update("DELETE FROM audit_event WHERE seq = ?", last);
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(last);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.TRUNCATED);
        } finally {
            update("INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, "
                    + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        }
    }

    private long lastSeq() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String column(long seq, String column) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM audit_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Object[] row(long seq) throws Exception {
        try (Connection c = dataSource.getConnection();
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

    private void update(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }
}
