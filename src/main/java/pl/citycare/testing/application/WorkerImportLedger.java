package pl.citycare.testing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.workerimport.ImportStatus;
import pl.citycare.testing.domain.workerimport.RememberedMapping;
import pl.citycare.testing.domain.workerimport.WorkerImport;
import pl.citycare.testing.domain.workerimport.WorkerListFile;

import java.time.Instant;

/**
 * The import's own record, each step in a transaction of its own, apart from the job's long one: started
 * (and the employer's column choices remembered), progress reported (a bulk update, so the trail is not filled
 * with counters, and the answer whether the clerk asked to stop), ended with the counts, or abandoned.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkerImportLedger {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** The counts an import ends with. */
    public record Counts(int created, int updated, int unchanged, int skipped) {
    }

    public void begin(long importId) {
        WorkerImport upload = find(importId);
        WorkerListFile.Reading reading = WorkerListFile.read(upload.getContent(), upload.getSheet());
        if (reading.problem() != null) {
            throw new Rejected("file", reading.problem().messageKey());
        }
        try {
            upload.start(reading.grid().lines().size(), Instant.now());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        long employerId = upload.getEmployer().getId();
        RememberedMapping remembered = em.find(RememberedMapping.class, employerId);
        if (remembered == null) {
            remembered = new RememberedMapping(employerId);
            em.persist(remembered);
        }
        remembered.remember(upload.mapping().remembered(reading.grid().header()));
        em.flush();
    }

    /** @return whether the clerk asked the import to stop */
    public boolean report(long importId, int rowsDone) {
        em.createQuery("UPDATE WorkerImport i SET i.rowsDone = :done, i.heartbeatAt = :now WHERE i.id = :id")
                .setParameter("done", rowsDone).setParameter("now", Instant.now()).setParameter("id", importId).executeUpdate();
        return em.createQuery("SELECT i.cancelAsked FROM WorkerImport i WHERE i.id = :id", Boolean.class)
                .setParameter("id", importId).getSingleResult();
    }

    public void askToCancel(long importId) {
        em.createQuery("UPDATE WorkerImport i SET i.cancelAsked = TRUE WHERE i.id = :id AND i.status = :running")
                .setParameter("id", importId).setParameter("running", ImportStatus.RUNNING)
                .executeUpdate();
    }

    public void finish(long importId, Counts counts) {
        find(importId).finish(counts.created(), counts.updated(), counts.unchanged(), counts.skipped(), Instant.now());
    }

    public void abandon(long importId) {
        find(importId).abandon(Instant.now());
    }

    private WorkerImport find(long importId) {
        WorkerImport upload = em.find(WorkerImport.class, importId);
        if (upload == null) {
            throw new Rejected("file", "testing.workerImport.rule.unknown");
        }
        return upload;
    }
}
