package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.workerimport.ColumnMapping;
import pl.citycare.testing.domain.workerimport.ColumnMapping.RowProblem;
import pl.citycare.testing.domain.workerimport.ImportStatus;
import pl.citycare.testing.domain.workerimport.RememberedMapping;
import pl.citycare.testing.domain.workerimport.WorkerColumn;
import pl.citycare.testing.domain.workerimport.WorkerImport;
import pl.citycare.testing.domain.workerimport.WorkerListFile;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Grid;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Notice;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Problem;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Import listy pracowników: an employer's list of workers is uploaded, previewed row by row (with the columns
 * mapped, the employer's earlier choices first) and then imported by a job outside the request, whose
 * progress the page polls. Importing the same list again creates nobody twice: the passport is the person,
 * and a row that differs from the registered worker changes that worker and says which fields.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class WorkerImports {

    /** A job that has not reported for this long is taken as interrupted (its transaction is gone with it). */
    static final Duration SILENCE = Duration.ofMinutes(2);

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private WorkerImportLedger ledger;

    @EJB
    private WorkerImportJob job;

    /** The upload kept (its id), or why the file cannot be read. */
    public record Uploaded(Long importId, Problem problem) implements Serializable {
    }

    /** One row of the preview: its number in the file, who, what importing it does and what is wrong with it. */
    public record PreviewRow(int number, String passport, String name, String kind, List<String> changedFields,
                             List<RowProblem> problems) implements Serializable {
    }

    /** The file as it would be imported with this sheet and mapping. */
    public record Preview(long importId, String fileName, String employerName, List<String> header, List<String> sample,
                          List<String> sheets, int sheet, List<Notice> notices, ColumnMapping mapping, Set<WorkerColumn> missing,
                          Set<WorkerColumn> repeated, List<PreviewRow> rows, Map<String, Long> counts) implements Serializable {

        public boolean importable() {
            return missing.isEmpty() && repeated.isEmpty() && rows.stream().anyMatch(r -> !"ERROR".equals(r.kind()));
        }
    }

    /** An import as the page shows it while it runs and when it ends. */
    public record ImportView(long id, String fileName, String employerName, ImportStatus status, boolean interrupted, int rowsTotal,
                             int rowsDone, int created, int updated, int unchanged, int skipped, Instant uploadedAt,
                             Instant finishedAt) implements Serializable {

        /** Percent done, 0–100. */
        public int percent() {
            return status == ImportStatus.DONE ? 100 : rowsTotal == 0 ? 0 : (int) (100L * rowsDone / rowsTotal);
        }
    }

    /** Keeps the file for the preview and the import, unless it cannot be read at all. */
    public Uploaded upload(long employerId, String fileName, byte[] content) {
        Employer employer = em.find(Employer.class, employerId);
        if (employer == null) {
            throw new Rejected("employer", "testing.worker.rule.employer");
        }
        WorkerListFile.Reading reading = WorkerListFile.read(content, -1);
        if (reading.problem() != null) {
            return new Uploaded(null, reading.problem());
        }
        var upload = WorkerImport.upload(employer, fileName, content, Instant.now(), session.getCallerPrincipal().getName());
        em.persist(upload);
        em.flush();
        return new Uploaded(upload.getId(), null);
    }

    /**
     * @param sheet   the sheet to read, or null for the one read last (the first with anything in it, at first)
     * @param mapping the clerk's mapping, or null (or one for another sheet's columns) to guess it
     */
    public Preview preview(long importId, Integer sheet, ColumnMapping mapping) {
        WorkerImport upload = waiting(importId);
        WorkerListFile.Reading reading = WorkerListFile.read(upload.getContent(), sheet == null ? upload.getSheet() : sheet);
        if (reading.problem() != null) {
            throw new Rejected("sheet", reading.problem().messageKey());
        }
        Grid grid = reading.grid();
        ColumnMapping chosen = mapping != null && mapping.columns().size() == grid.header().size()
                ? mapping : ColumnMapping.guess(grid.header(), remembered(upload.getEmployer().getId()));
        upload.choose(grid.sheet(), chosen);
        List<PreviewRow> rows = List.of();
        if (chosen.missing().isEmpty() && chosen.repeated().isEmpty()) {
            rows = WorkerListPlan.of(em, grid, chosen, upload.getEmployer(), today()).stream()
                    .map(r -> new PreviewRow(r.number(), r.passport(), r.name(), r.kind().name(), r.changedFields(), r.problems()))
                    .toList();
        }
        Map<String, Long> counts = new TreeMap<>(rows.stream()
                .collect(Collectors.groupingBy(PreviewRow::kind, Collectors.counting())));
        List<String> sample = grid.header().stream().map(h -> "").toList();
        if (!grid.lines().isEmpty()) {
            var first = grid.lines().get(0);
            sample = IntStream.range(0, grid.header().size()).mapToObj(first::cell).toList();
        }
        return new Preview(importId, upload.getFileName(), upload.getEmployer().getName(), grid.header(), sample, grid.sheets(),
                grid.sheet(), grid.notices(), chosen, chosen.missing(), chosen.repeated(), rows, counts);
    }

    /**
     * Starts the import with the sheet and mapping of the last preview; it runs on after the request ends.
     *
     * @throws Rejected when the import is not waiting or its mapping lacks a required field
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void start(long importId) {
        ledger.begin(importId);
        job.run(importId);
    }

    /** Asks a running import to stop; it ends as cancelled, with nothing it did kept. */
    public void cancel(long importId) {
        ledger.askToCancel(importId);
    }

    public ImportView status(long importId) {
        WorkerImport upload = em.find(WorkerImport.class, importId);
        if (upload == null) {
            throw new Rejected("file", "testing.workerImport.rule.unknown");
        }
        Instant lastSign = upload.getHeartbeatAt() != null ? upload.getHeartbeatAt() : upload.getStartedAt();
        boolean interrupted = upload.getStatus() == ImportStatus.RUNNING && lastSign != null
                && lastSign.isBefore(Instant.now().minus(SILENCE));
        return new ImportView(upload.getId(), upload.getFileName(), upload.getEmployer().getName(), upload.getStatus(), interrupted,
                upload.getRowsTotal(), upload.getRowsDone(), upload.getCreated(), upload.getUpdated(), upload.getUnchanged(),
                upload.getSkipped(), upload.getUploadedAt(), upload.getFinishedAt());
    }

    private WorkerImport waiting(long importId) {
        WorkerImport upload = em.find(WorkerImport.class, importId);
        if (upload == null) {
            throw new Rejected("file", "testing.workerImport.rule.unknown");
        }
        if (upload.getStatus() != ImportStatus.UPLOADED) {
            throw new Rejected("file", "testing.workerImport.rule.notWaiting");
        }
        return upload;
    }

    private Map<String, WorkerColumn> remembered(long employerId) {
        RememberedMapping mapping = em.find(RememberedMapping.class, employerId);
        return mapping == null ? Map.of() : mapping.choices();
    }

    private static LocalDate today() {
        return LocalDate.now(WARSAW);
    }
}
