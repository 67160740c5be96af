package pl.citycare.testing.domain.workerimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.Employer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Import listy pracowników: one employer's list from upload to its end. The file stays here until the
 * import ends, so that the preview and the job read the same bytes on whichever instance serves them; the
 * job reports its progress with a bulk update (see the service) that the page polls, and writes the counts
 * when it ends. Everything the list creates or changes is one transaction: a failed or cancelled import
 * leaves no worker behind.
 */
@Entity
@Table(name = "ts_worker_import")
public class WorkerImport extends AuditedEntity {

    public static final int FILE_NAME_MAX = 255;

    @Id
    @SequenceGenerator(name = "ts_worker_import_seq", sequenceName = "ts_worker_import_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_worker_import_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id", nullable = false, updatable = false)
    private Employer employer;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @AuditExcluded("the uploaded file itself: its rows reach the trail as the workers they create or change")
    private byte[] content;

    private int sheet;

    private String mapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column(name = "rows_total")
    private int rowsTotal;

    @AuditExcluded("progress, written by the job as it goes")
    @Column(name = "rows_done")
    private int rowsDone;

    private int created;
    private int updated;
    private int unchanged;
    private int skipped;

    @AuditExcluded("a request to the running job, which ends as cancelled")
    @Column(name = "cancel_asked")
    private boolean cancelAsked;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @AuditExcluded("progress, written by the job as it goes")
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected WorkerImport() {
        // for JPA
    }

    public static WorkerImport upload(Employer employer, String fileName, byte[] content, Instant at, String by) {
        require(employer != null, "employer", "testing.worker.rule.employer");
        var upload = new WorkerImport();
        upload.employer = employer;
        String name = fileName == null || fileName.isBlank() ? "list" : fileName.strip();
        upload.fileName = name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
        upload.content = content;
        upload.status = ImportStatus.UPLOADED;
        upload.uploadedAt = at;
        upload.uploadedBy = by;
        return upload;
    }

    /** The sheet and mapping the clerk settled on in the preview, for the job to read the file with. */
    public void choose(int chosenSheet, ColumnMapping chosen) {
        require(status == ImportStatus.UPLOADED, "file", "testing.workerImport.rule.notWaiting");
        sheet = chosenSheet;
        mapping = encode(chosen);
    }

    /**
     * @throws RuleViolation when it started before or the mapping lacks a required field
     */
    public void start(int rows, Instant at) {
        require(status == ImportStatus.UPLOADED, "file", "testing.workerImport.rule.notWaiting");
        require(mapping() != null && mapping().missing().isEmpty() && mapping().repeated().isEmpty(), "mapping",
                "testing.workerImport.rule.mapping");
        status = ImportStatus.RUNNING;
        rowsTotal = rows;
        startedAt = at;
    }

    /** The list imported: the counts, and the file is let go. */
    public void finish(int createdRows, int updatedRows, int unchangedRows, int skippedRows, Instant at) {
        end(ImportStatus.DONE, at);
        created = createdRows;
        updated = updatedRows;
        unchanged = unchangedRows;
        skipped = skippedRows;
        rowsDone = rowsTotal;
    }

    /** Nothing was kept (the transaction rolled back): failed, or cancelled when the clerk asked for it. */
    public void abandon(Instant at) {
        end(cancelAsked ? ImportStatus.CANCELLED : ImportStatus.FAILED, at);
    }

    /** An upload left without an import: the file (a list of people) is let go, as if cancelled. */
    public void expire(Instant at) {
        if (status == ImportStatus.UPLOADED) {
            end(ImportStatus.CANCELLED, at);
        }
    }

    private void end(ImportStatus ending, Instant at) {
        status = ending;
        finishedAt = at;
        content = null;
    }

    public ColumnMapping mapping() {
        if (mapping == null) {
            return null;
        }
        var columns = new ArrayList<WorkerColumn>();
        for (String name : mapping.split(",", -1)) {
            columns.add(name.isEmpty() ? null : WorkerColumn.valueOf(name));
        }
        return new ColumnMapping(columns);
    }

    private static String encode(ColumnMapping chosen) {
        return String.join(",", chosen.columns().stream().map(c -> c == null ? "" : c.name()).toList());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public int getSheet() {
        return sheet;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getSkipped() {
        return skipped;
    }

    public boolean isCancelAsked() {
        return cancelAsked;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("employer", employer == null ? null : employer.getId());
        state.put("fileName", fileName);
        state.put("sheet", sheet);
        state.put("mapping", mapping);
        state.put("status", status);
        state.put("rowsTotal", rowsTotal);
        state.put("created", created);
        state.put("updated", updated);
        state.put("unchanged", unchanged);
        state.put("skipped", skipped);
        state.put("uploadedAt", uploadedAt);
        state.put("uploadedBy", uploadedBy);
        state.put("startedAt", startedAt);
        state.put("finishedAt", finishedAt);
        return state;
    }
}
