package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.testing.application.WorkerImportLedger.Counts;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.worker.Worker;
import pl.citycare.testing.domain.workerimport.ImportStatus;
import pl.citycare.testing.domain.workerimport.WorkerImport;
import pl.citycare.testing.domain.workerimport.WorkerListFile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The import itself, on the container's asynchronous thread with the clerk's identity (so the trail names
 * them): the plan is made again from the stored file and carried out in one transaction, so an import that
 * fails or is cancelled keeps nothing. Every {@value #REPORT_EVERY} rows the persistence context is flushed
 * and cleared (20,000 workers never sit in memory at once) and the progress is reported.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class WorkerImportJob {

    static final int REPORT_EVERY = 250;

    private static final Logger LOG = Logger.getLogger(WorkerImportJob.class.getName());
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private WorkerImportLedger ledger;

    /** The clerk asked to stop: the transaction rolls back. */
    @ApplicationException(rollback = true)
    public static class Cancelled extends RuntimeException {

        public Cancelled() {
            super("The import was cancelled");
        }
    }

    /** @return done when the import has ended (nobody waits for it; a refused caller learns of it through it) */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Void> run(long importId) {
        try {
            Counts counts = session.getBusinessObject(WorkerImportJob.class).execute(importId);
            ledger.finish(importId, counts);
        } catch (RuntimeException failure) {
            if (!(failure instanceof Cancelled)) {
                LOG.log(Level.WARNING, "Worker import " + importId + " failed; nothing of it was kept", failure);
            }
            ledger.abandon(importId);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Carries out the plan in the caller's (one) transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Counts execute(long importId) {
        WorkerImport upload = em.find(WorkerImport.class, importId);
        if (upload == null || upload.getStatus() != ImportStatus.RUNNING) {
            throw new IllegalStateException("Import " + importId + " is not running");
        }
        long employerId = upload.getEmployer().getId();
        WorkerListFile.Reading reading = WorkerListFile.read(upload.getContent(), upload.getSheet());
        if (reading.problem() != null) {
            throw new IllegalStateException("Import " + importId + " cannot read its file: " + reading.problem().messageKey());
        }
        LocalDate today = LocalDate.now(WARSAW);
        List<WorkerListPlan.Row> plan = WorkerListPlan.of(em, reading.grid(), upload.mapping(), upload.getEmployer(), today);
        em.clear();
        Employer employer = em.find(Employer.class, employerId);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        int done = 0;
        for (WorkerListPlan.Row row : plan) {
            switch (row.kind()) {
                case NEW -> {
                    em.persist(Worker.register(row.details(), employer, today));
                    created++;
                }
                case CHANGED -> {
                    em.find(Worker.class, row.existingId()).describe(row.details(), employer, today);
                    updated++;
                }
                case UNCHANGED -> unchanged++;
                case ERROR -> skipped++;
            }
            if (++done % REPORT_EVERY == 0) {
                em.flush();
                em.clear();
                employer = em.find(Employer.class, employerId);
                if (ledger.report(importId, done)) {
                    throw new Cancelled();
                }
            }
        }
        em.flush();
        return new Counts(created, updated, unchanged, skipped);
    }
}
