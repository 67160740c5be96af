package pl.citycare.shared.audit;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Ślad audytowy: appends events to the hash-chained, append-only audit trail.
 * <p>
 * Every event is written in the caller's JTA transaction, on the very JDBC connection EclipseLink
 * uses for it, so a rolled-back change leaves no event and a committed one always has it.
 * Appending locks the single chain-head row: concurrent writers queue instead of forking the chain.
 */
@ApplicationScoped
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final String REASON_KEY = AuditTrail.class.getName() + ".reason";
    private static final String ACTOR_KEY = AuditTrail.class.getName() + ".actor";

    /** The transaction's persistence context: its JDBC connection is the one the change is written on. */
    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private SecurityContext securityContext;

    /**
     * Called once at start-up from inside a container invocation, so that the single instance is made
     * (and its resources injected) there. Made lazily instead, the first instance could be created
     * inside a commit (an entity listener in a start-up singleton's flush), where there is no
     * component invocation and Payara leaves the {@code @Resource} fields null.
     */
    public void prepare() {
        requireResources();
    }

    private void requireResources() {
        if (transactions == null || em == null) {
            throw new IllegalStateException("The audit trail was created outside a container invocation");
        }
    }

    /** Records why the changes of the current transaction are made (a clerk's stated reason). */
    public void because(String reason) {
        requireTransaction();
        transactions.putResource(REASON_KEY, reason);
    }

    /** Names who acts in the current transaction when it is not the signed-in caller (e.g. a sign-in attempt). */
    public void actingAs(String actor) {
        requireTransaction();
        transactions.putResource(ACTOR_KEY, actor);
    }

    /** Records that a sensitive record was read (odczyt danych szczególnej kategorii). */
    public void recordRead(String entityType, String entityId) {
        append(entityType, entityId, AuditAction.READ, "{}");
    }

    void append(String entityType, String entityId, AuditAction action, String changes) {
        requireTransaction();
        String reason = (String) transactions.getResource(REASON_KEY);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            Connection connection = connection();
            long lastSeq;
            String lastHash;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("audit_chain_head has no row: the audit migration did not run");
                }
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            var event = new ChainedEvent(lastSeq + 1, now, actor(), entityType, entityId, action.name(),
                    changes, reason, lastHash);
            String hash = event.hash();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, "
                            + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, event.seq());
                insert.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
                insert.setString(3, event.actor());
                insert.setString(4, event.entityType());
                insert.setString(5, event.entityId());
                insert.setString(6, event.action());
                insert.setString(7, event.changes());
                insert.setString(8, event.reason());
                insert.setString(9, event.prevHash());
                insert.setString(10, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                update.setLong(1, event.seq());
                update.setString(2, hash);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            // Failing the business transaction is right: a change without its audit event must not commit.
            throw new AuditTrailUnavailableException("Could not append to the audit trail", e);
        }
        LOG.fine(() -> "audit " + action + " " + entityType + "#" + entityId);
    }

    /**
     * EclipseLink's own connection for this transaction (not closed here: EclipseLink owns it). Asking
     * the pool instead may hand out a second connection within one transaction, which would then wait
     * for the chain-head lock its sibling holds.
     */
    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("Audited changes must run in a transaction");
        }
        return connection;
    }

    private String actor() {
        Object override = transactions.getResource(ACTOR_KEY);
        if (override != null) {
            return (String) override;
        }
        try {
            Principal caller = securityContext.getCallerPrincipal();
            return caller == null ? SYSTEM_ACTOR : caller.getName();
        } catch (RuntimeException noSecurityContext) {
            return SYSTEM_ACTOR; // start-up and timers run outside any request
        }
    }

    private void requireTransaction() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Audited changes must run in a transaction");
        }
    }
}
