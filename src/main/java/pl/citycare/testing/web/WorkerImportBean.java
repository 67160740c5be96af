package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Employers.EmployerChoice;
import pl.citycare.testing.application.WorkerImports;
import pl.citycare.testing.application.WorkerImports.ImportView;
import pl.citycare.testing.application.WorkerImports.Preview;
import pl.citycare.testing.application.WorkerImports.PreviewRow;
import pl.citycare.testing.domain.workerimport.ColumnMapping;
import pl.citycare.testing.domain.workerimport.ColumnMapping.RowProblem;
import pl.citycare.testing.domain.workerimport.WorkerColumn;
import pl.citycare.testing.domain.workerimport.WorkerListFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Import listy pracowników: the clerk picks the employer and the file, reads the preview (each row's problems
 * with its number and column; which workers are new and which change), maps the columns the headers did not
 * name, and imports; the page then polls the job's progress until it ends.
 */
@Named
@ViewScoped
public class WorkerImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkerImports imports;

    @Inject
    private Employers employers;

    private List<EmployerChoice> employerChoices;
    private Long employerId;
    private transient Part file;
    private Long importId;
    private Integer sheet;
    /** Each file column's choice, by {@link WorkerColumn} name, empty for none: what the mapping table edits. */
    private List<String> columns = new ArrayList<>();
    private boolean onlyNoteworthy;
    private Preview preview;
    private ImportView status;

    @PostConstruct
    void init() {
        employerChoices = employers.choices();
    }

    /** Keeps the file and shows what importing it would do. */
    public void read() {
        preview = null;
        status = null;
        importId = null;
        if (employerId == null) {
            refuse("upload:employer", "testing.worker.rule.employer");
            return;
        }
        if (file == null || file.getSize() == 0) {
            refuse("upload:file", "testing.workerImport.file.empty");
            return;
        }
        if (file.getSize() > WorkerListFile.MAX_BYTES) {
            refuse("upload:file", "testing.workerImport.file.tooLarge", WorkerListFile.MAX_BYTES / 1024 / 1024);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            WorkerImports.Uploaded uploaded = imports.upload(employerId, file.getSubmittedFileName(), in.readNBytes(WorkerListFile.MAX_BYTES + 1));
            if (uploaded.problem() != null) {
                refuse("upload:file", uploaded.problem().messageKey(), uploaded.problem().args().toArray());
                return;
            }
            importId = uploaded.importId();
            sheet = null;
            show(null);
        } catch (IOException e) {
            refuse("upload:file", "testing.workerImport.file.unreadable");
        } catch (Rejected rejected) {
            refuse("upload:" + rejected.field(), rejected.messageKey());
        }
    }

    /** The preview again, with the sheet and columns as the clerk set them. */
    public void remap() {
        show(new ColumnMapping(columns.stream().map(c -> c == null || c.isEmpty() ? null : WorkerColumn.valueOf(c)).toList()));
    }

    /** Another sheet: its own columns, guessed afresh. */
    public void changeSheet() {
        show(null);
    }

    private void show(ColumnMapping mapping) {
        try {
            preview = imports.preview(importId, sheet, mapping);
            sheet = preview.sheet();
            columns = new ArrayList<>(preview.mapping().columns().stream().map(c -> c == null ? "" : c.name()).toList());
            if (!preview.missing().isEmpty()) {
                Messages.add("preview:mapping", FacesMessage.SEVERITY_ERROR, "testing.workerImport.rule.missing", names(preview.missing()));
            }
            if (!preview.repeated().isEmpty()) {
                Messages.add("preview:mapping", FacesMessage.SEVERITY_ERROR, "testing.workerImport.rule.repeatedColumn",
                        names(preview.repeated()));
            }
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    /** Starts the import of the rows the preview showed as importable. */
    public void start() {
        try {
            imports.start(importId);
            refresh();
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    /** Polled while the import runs. */
    public void refresh() {
        status = imports.status(importId);
    }

    public void cancel() {
        imports.cancel(importId);
        refresh();
    }

    public void templateXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(template())), "lista-pracownikow.xlsx", true);
    }

    public void templateCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(template())), "lista-pracownikow.csv", true);
    }

    /** The header row in the clerk's language, every name of which the import recognises. */
    private static Table template() {
        List<String> header = Arrays.stream(WorkerColumn.values()).map(c -> Messages.text("testing.workerImport.header." + c.field())).toList();
        return new Table(Messages.text("testing.workerImport.templateSheet"), header, List.of());
    }

    public boolean isEnded() {
        return status != null && (status.status().ended() || status.interrupted());
    }

    /** The preview rows the table shows: all, or only those with problems or changes. */
    public List<PreviewRow> getRows() {
        if (preview == null) {
            return List.of();
        }
        return onlyNoteworthy ? preview.rows().stream().filter(r -> "ERROR".equals(r.kind()) || "CHANGED".equals(r.kind())).toList()
                : preview.rows();
    }

    public long count(String kind) {
        return preview == null ? 0 : preview.counts().getOrDefault(kind, 0L);
    }

    /** What the clerk reads beside a row: the changed fields, or each problem with its column. */
    public String explain(PreviewRow row) {
        if (!row.problems().isEmpty()) {
            return row.problems().stream().map(WorkerImportBean::problem).collect(Collectors.joining("; "));
        }
        return row.changedFields().stream().map(f -> Messages.text("testing.worker." + f)).collect(Collectors.joining(", "));
    }

    private static String problem(RowProblem p) {
        String column = p.column() == null || p.column().isBlank() ? Messages.text("testing.worker." + p.field()) : p.column();
        return Messages.text("testing.workerImport.column", column) + ": " + (p.argument() == null ? Messages.text(p.messageKey()) : Messages.text(p.messageKey(), p.argument()));
    }

    public String notice(WorkerListFile.Notice notice) {
        return Messages.text(notice.messageKey(), notice.args().toArray());
    }

    private static String names(Set<WorkerColumn> fields) {
        return fields.stream().map(c -> Messages.text("testing.worker." + c.field())).collect(Collectors.joining(", "));
    }

    private static void refuse(String clientId, String key, Object... args) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public WorkerColumn[] getAllColumns() {
        return WorkerColumn.values();
    }

    public List<EmployerChoice> getEmployerChoices() {
        return employerChoices;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Integer getSheet() {
        return sheet;
    }

    public void setSheet(Integer sheet) {
        this.sheet = sheet;
    }

    public List<String> getColumns() {
        return columns;
    }

    public boolean isOnlyNoteworthy() {
        return onlyNoteworthy;
    }

    public void setOnlyNoteworthy(boolean onlyNoteworthy) {
        this.onlyNoteworthy = onlyNoteworthy;
    }

    public Preview getPreview() {
        return preview;
    }

    public ImportView getStatus() {
        return status;
    }
}
