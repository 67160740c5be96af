package pl.citycare.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.ExportLog;
import pl.citycare.platform.export.Provenance;
import pl.citycare.platform.export.RecordedExport;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.export.TablePdf;
import pl.citycare.platform.i18n.DisplayFormat;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.AuditChecks;
import pl.citycare.procurement.application.AuditChecks.Check;
import pl.citycare.procurement.application.AuditChecks.Finding;
import pl.citycare.procurement.application.AuditChecks.Subject;
import pl.citycare.shared.domain.money.Money;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kontrole audytora: every saved check with its count; one opened shows its findings, each linked to its record. */
@Named
@ViewScoped
public class AuditChecksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A finding as the table shows it: the record, and what was found in the user's language. */
    public record Row(Subject subject, long recordId, String label, String detail) implements Serializable {
    }

    @Inject
    private AuditChecks checks;

    @Inject
    private ExportLog exportLog;

    @Inject
    private DisplayFormat format;

    private Map<Check, Integer> counts;
    private Check opened;
    private List<Row> findings = List.of();

    @PostConstruct
    void init() {
        counts = checks.counts();
    }

    public List<Check> getChecks() {
        return Arrays.asList(Check.values());
    }

    public int count(Check check) {
        return counts.getOrDefault(check, 0);
    }

    /** Runs the check again (the counts may be a moment old) and shows what it found. */
    public void open(Check check) {
        opened = check;
        findings = checks.run(check).stream().map(this::row).toList();
        counts.put(check, findings.size());
    }

    /** The finding in the user's language, amounts and numbers written as they read them. */
    private Row row(Finding f) {
        Object[] args = f.args().stream().map(arg -> arg instanceof Money money ? format.money(money.amount(), money.currency())
                : arg instanceof Number number ? format.number(number) : String.valueOf(arg)).toArray();
        return new Row(f.subject(), f.recordId(), f.label(), Messages.text(f.detailKey(), args));
    }

    public Check getOpened() {
        return opened;
    }

    public List<Row> getFindings() {
        return findings;
    }

    @RecordedExport
    public void exportCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(table())), fileName("csv"), true);
    }

    @RecordedExport
    public void exportXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(table())), fileName("xlsx"), true);
    }

    /** The findings printed with the check's name, when, by whom and the audit chain's head at that moment. */
    @RecordedExport
    public void exportPdf() throws IOException {
        var filters = new LinkedHashMap<String, String>();
        filters.put(Messages.text("audit.checks.check"), Messages.text("audit.check." + opened + ".title"));
        var provenance = new Provenance(filters, Instant.now(), Faces.getRemoteUser(), exportLog.chainHead());
        Faces.sendFile(TablePdf.of(Messages.text("audit.checks.title"), List.of(table()), provenance, Messages::text), fileName("pdf"), true);
    }

    private String fileName(String extension) {
        return "citycare-check-" + opened.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + extension;
    }

    private Table table() {
        if (opened == null) {
            throw new IllegalStateException("No check opened: the export buttons show only beside an opened check");
        }
        var rows = new ArrayList<List<Object>>();
        for (Row r : findings) {
            rows.add(List.of(Messages.text("audit.checks.subject." + r.subject()), r.recordId(), r.label(), r.detail()));
        }
        return new Table(Messages.text("audit.check." + opened + ".title"), List.of(Messages.text("audit.checks.subject"),
                Messages.text("audit.checks.id"), Messages.text("audit.checks.record"), Messages.text("audit.checks.finding")), rows);
    }
}
