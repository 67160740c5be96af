package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.testing.domain.document.DocumentStatus;
import pl.citycare.testing.domain.document.ResultDocument;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.sample.TestType;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Zaświadczenia o wyniku: the bilingual result documents the testing clerk hands out, one sample's or a
 * whole employer group's, and the public check behind each document's QR code, which tells only whether the
 * document is valid, the test date and the result.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class ResultDocuments {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail auditTrail;

    /** Everything a result document prints. */
    public record DocumentData(String uvci, String token, Instant issuedAt, WorkerDetails worker, TestType testType,
                               Instant collectedAt, Instant resultAt, TestResult result, String lab, String siteName)
            implements Serializable {
    }

    /** What the public check of a document says. */
    public enum Outcome { VALID, REVOKED, UNKNOWN }

    /** The public check: nothing that names the person. */
    public record Verification(Outcome outcome, LocalDate testDate, TestResult result) implements Serializable {
    }

    /**
     * The document of the sample's result: the valid one issued before, or a new one.
     *
     * @throws Rejected for an unknown sample or one still waiting for the lab
     */
    public DocumentData issue(long sampleId) {
        Sample sample = em.find(Sample.class, sampleId);
        if (sample == null) {
            throw new Rejected("sample", "testing.sample.rule.unknown");
        }
        if (sample.getResult() == TestResult.PENDING) {
            throw new Rejected("sample", "testing.document.rule.pending");
        }
        return data(current(sample));
    }

    /**
     * The documents of the latest answered sample of each of the employer's workers, by surname, for one
     * download; the read of the group's results goes to the audit trail.
     */
    public List<DocumentData> issueForEmployer(long employerId) {
        List<Sample> latest = em.createQuery("SELECT s FROM Sample s WHERE s.worker.employer.id = :employer"
                        + " AND s.result <> :pending AND s.collectedAt = (SELECT MAX(o.collectedAt) FROM Sample o"
                        + " WHERE o.worker = s.worker AND o.result <> :pending)"
                        + " ORDER BY s.worker.surname, s.worker.givenNames, s.id", Sample.class)
                .setParameter("employer", employerId).setParameter("pending", TestResult.PENDING).getResultList();
        auditTrail.recordRead("EmployerResults", String.valueOf(employerId));
        return latest.stream().map(s -> data(current(s))).toList();
    }

    /** The valid document of the sample's current result, issued now if there is none. */
    private ResultDocument current(Sample sample) {
        Optional<ResultDocument> valid = em.createQuery("SELECT d FROM ResultDocument d WHERE d.sample = :sample"
                        + " AND d.status = :valid AND d.result = :result", ResultDocument.class)
                .setParameter("sample", sample).setParameter("valid", DocumentStatus.VALID)
                .setParameter("result", sample.getResult()).getResultStream().findFirst();
        if (valid.isPresent()) {
            auditTrail.recordRead("ResultDocument", String.valueOf(valid.get().getId()));
            return valid.get();
        }
        var document = new ResultDocument(sample, Instant.now().truncatedTo(ChronoUnit.MICROS), session.getCallerPrincipal().getName());
        em.persist(document);
        em.flush();
        return document;
    }

    /** What the QR code of a document leads to. */
    @PermitAll // the public check behind a document's QR code: validity, test date and result, nothing that names the person
    public Verification verify(String token) {
        if (token == null || token.length() > 64) {
            return new Verification(Outcome.UNKNOWN, null, null);
        }
        return em.createQuery("SELECT d FROM ResultDocument d WHERE d.token = :token", ResultDocument.class)
                .setParameter("token", token).getResultStream().findFirst()
                .map(d -> d.getStatus() == DocumentStatus.VALID
                        ? new Verification(Outcome.VALID, d.getSample().getCollectedAt().atZone(TestSite.ZONE).toLocalDate(), d.getResult())
                        : new Verification(Outcome.REVOKED, null, null))
                .orElse(new Verification(Outcome.UNKNOWN, null, null));
    }

    private static DocumentData data(ResultDocument d) {
        Sample s = d.getSample();
        return new DocumentData(d.getUvci(), d.getToken(), d.getIssuedAt(), s.getWorker().details(), s.getTestType(),
                s.getCollectedAt(), s.getResultAt(), d.getResult(), s.getLab(), s.getSlot().getSite().getName());
    }
}
