package pl.citycare.shared.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.Principal;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Ślad audytowy: collects the audit events of a transaction and chains them just before it commits.
 * <p>
 * Appending only remembers the event in the transaction; nothing is locked while the business work goes
 * on. Right before the commit, {@link AuditChainWriter} hands over EclipseLink's own connection for the
 * transaction and the events are chained in one short step (lock the chain head, insert, move the head).
 * So the head is locked for milliseconds, not for the length of the slowest open transaction, and a
 * rolled-back change leaves no event while a committed one always has it.
 */
@ApplicationScoped
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final String REASON_KEY = AuditTrail.class.getName() + ".reason";
    private static final String ACTOR_KEY = AuditTrail.class.getName() + ".actor";
    private static final String PENDING_KEY = AuditTrail.class.getName() + ".pending";

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private SecurityContext securityContext;

    /** Only to make EclipseLink take part in a transaction that reads but writes nothing (see recordRead). */
    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** Only on a generated benchmark database, to measure what the trail costs (see {@link #suspendForBenchmark}). */
    private volatile boolean suspendedForBenchmark;

    /**
     * Called once by the start-up sequence, inside a container invocation, so that the single instance is
     * made (and its resources injected) there. Made lazily instead, the first instance could be created
     * inside a commit, where there is no component invocation and Payara leaves {@code @Resource} fields null.
     */
    public void prepare() {
        if (transactions == null || em == null) {
            throw new IllegalStateException("The audit trail was created outside a container invocation");
        }
    }

    /**
     * Stops chaining events until the next start: the changes commit without their events. Only the platform's
     * benchmark switch calls this, and only on a database the data generator made (issue 11 compares the same
     * writes with the trail and without it); a city's database never takes this path.
     */
    public void suspendForBenchmark() {
        suspendedForBenchmark = true;
        LOG.severe("THE AUDIT TRAIL IS OFF until the next start (benchmark database): changes are not audited");
    }

    public boolean isSuspendedForBenchmark() {
        return suspendedForBenchmark;
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

    /**
     * Records that a sensitive record was read (odczyt danych szczególnej kategorii). Call it from the
     * service method that reads, inside its transaction.
     */
    public void recordRead(String entityType, String entityId) {
        append(entityType, entityId, AuditAction.READ, "{}");
        // A transaction that only reads never commits through EclipseLink. Asking for its connection
        // begins its database transaction, so the commit passes AuditChainWriter and the event is chained.
        em.unwrap(Connection.class);
    }

    void append(String entityType, String entityId, AuditAction action, String changes) {
        requireTransaction();
        pending().add(new PendingAuditEvent(Instant.now().truncatedTo(ChronoUnit.MICROS), actor(), entityType,
                entityId, action.name(), changes, (String) transactions.getResource(REASON_KEY)));
        LOG.fine(() -> "audit " + action + " " + entityType + "#" + entityId);
    }

    /**
     * Chains the events the current transaction collected, on the connection the transaction's changes
     * were written on. Called by {@link AuditChainWriter} after the last SQL of the unit of work and
     * before the database commit.
     */
    void writePending(Connection connection) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<PendingAuditEvent> events = (List<PendingAuditEvent>) transactions.getResource(PENDING_KEY);
        if (events == null || events.isEmpty()) {
            return;
        }
        if (suspendedForBenchmark) {
            events.clear();
            return;
        }
        AuditChainStore.append(connection, events);
        events.clear();
    }

    @SuppressWarnings("unchecked")
    private List<PendingAuditEvent> pending() {
        List<PendingAuditEvent> events = (List<PendingAuditEvent>) transactions.getResource(PENDING_KEY);
        if (events == null) {
            events = new ArrayList<>();
            transactions.putResource(PENDING_KEY, events);
        }
        return events;
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
