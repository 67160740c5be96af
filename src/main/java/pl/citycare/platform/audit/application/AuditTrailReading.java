package pl.citycare.platform.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.audit.AuditChainExport;
import pl.citycare.shared.audit.AuditChainVerifier;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.audit.ChainVerification;
import pl.citycare.shared.persistence.CityCareDataSource;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Przegląd śladu audytowego: the audit trail as an auditor reads and verifies it. The only way into the
 * trail's reading side, so that only auditors get there, whatever page or endpoint asks.
 */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrailReading {

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private AuditTrail auditTrail;

    /**
     * @param entityType only events of this record type, or null for all
     * @param entityId   only events of this record, or null for all
     */
    public List<AuditEventView> newest(String entityType, String entityId, int offset, int limit) {
        return new AuditEventQuery(dataSource).newest(entityType, entityId, offset, limit);
    }

    /** A page of the events of a record type, a record and an actor (each optional), oldest or newest first. */
    public List<AuditEventView> page(String entityType, String entityId, String actor, boolean oldestFirst, int offset, int limit) {
        return new AuditEventQuery(dataSource).page(entityType, entityId, actor, oldestFirst, offset, limit);
    }

    /** How many events the same filter selects. */
    public long count(String entityType, String entityId, String actor) {
        return new AuditEventQuery(dataSource).count(entityType, entityId, actor);
    }

    /** Record types present in the trail, for the filter. */
    public List<String> entityTypes() {
        return new AuditEventQuery(dataSource).entityTypes();
    }

    /** Recomputes every hash of the chain and names the first broken link; the run itself is recorded. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainVerification verify() {
        return verify(null, null);
    }

    /**
     * Verifies the events written from {@code from} (inclusive) to {@code to} (exclusive), either open when
     * null; the auditor's run is itself an event of the trail (entity {@code AuditChain}, the range as its id).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainVerification verify(Instant from, Instant to) {
        return verify(from, to, new AtomicLong());
    }

    /**
     * The same, on the container's asynchronous thread with the auditor's identity, telling {@code progress}
     * how many events it has checked as it goes; the page polls it.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Future<ChainVerification> verifyInBackground(Instant from, Instant to, AtomicLong progress) {
        return CompletableFuture.completedFuture(verify(from, to, progress));
    }

    /**
     * Writes the take-away package (see {@link AuditChainExport}) of the events written in {@code [from, to)} to
     * {@code out}; the export is itself an event of the trail (entity {@code AuditChainExport}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditChainExport.Exported export(Instant from, Instant to, OutputStream out) {
        auditTrail.recordRead("AuditChainExport", (from == null ? "start" : from.toString()) + ".." + (to == null ? "head" : to.toString()));
        return new AuditChainExport(dataSource).write(from, to, out);
    }

    /** How many events a verification of the range reads. */
    public long count(Instant from, Instant to) {
        return new AuditChainVerifier(dataSource).count(from, to);
    }

    private ChainVerification verify(Instant from, Instant to, AtomicLong progress) {
        auditTrail.recordRead("AuditChain", (from == null ? "start" : from.toString()) + ".." + (to == null ? "head" : to.toString()));
        return new AuditChainVerifier(dataSource).verify(from, to, progress::set);
    }
}
