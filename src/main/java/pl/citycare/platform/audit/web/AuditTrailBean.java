package pl.citycare.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.ExportLog;
import pl.citycare.platform.export.Provenance;
import pl.citycare.platform.export.RecordedExport;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.export.TablePdf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.io.IOException;
import jakarta.faces.context.FacesContext;
import pl.citycare.platform.i18n.LocaleBean;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.DisplayFormat;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.audit.application.AuditTrailReading;
import pl.citycare.platform.web.PagedList;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.shared.audit.ChainVerification;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Przegląd śladu audytowego: the auditor's view of the trail, with chain verification. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most events one export holds: enough for any record's history or a month of a busy trail. */
    static final int EXPORT_MAX = 50_000;
    /** A printed list is for filing, not for analysis: the newest this many (a record's history fits). */
    static final int PDF_MAX = 2_000;

    @Inject
    private AuditTrailReading trail;

    @Inject
    private DisplayFormat format;

    @Inject
    private ExportLog exportLog;

    /** Field names whose values are amounts of money, shown in PLN. */
    private static final Pattern MONEY_FIELD = Pattern.compile("(?i).*(net|vat|gross|amount|planned|price|total)$");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    private String entityType;
    private String entityId;
    private String actor;
    /** The filter the list shows (type, record, actor): set by the search button and by the page's parameters. */
    private String[] shown = new String[3];
    private final PagedList<AuditEventView> events = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<AuditEventView> page(List<Sort> order, int first, int max) {
            boolean oldestFirst = !order.isEmpty() && order.get(0).ascending();
            return trail.page(shown[0], shown[1], shown[2], oldestFirst, first, max);
        }

        @Override
        public long count() {
            return trail.count(shown[0], shown[1], shown[2]);
        }

        @Override
        public Object countKey() {
            return java.util.Arrays.asList(shown);
        }
    }, Map.of("seq", "seq"), AuditEventView::seq);
    private List<String> entityTypes;
    private ChainVerification verification;
    private LocalDate verifyFrom;
    private LocalDate verifyTo;
    private long verifyTotal;
    private transient Future<ChainVerification> running;
    private transient AtomicLong progress;

    @PostConstruct
    void init() {
        entityTypes = trail.entityTypes();
        search();
    }

    public void search() {
        shown = new String[] {entityType, entityId, actor};
    }

    /** Starts verifying the chain, or the days chosen, in the background; the page polls {@link #poll}. */
    public void verify() {
        if (!rangeForward()) {
            return;
        }
        Instant from = start();
        Instant to = end();
        verification = null;
        verifyTotal = trail.count(from, to);
        progress = new AtomicLong();
        running = trail.verifyInBackground(from, to, progress);
    }

    /** The chain (or the days chosen) with the standalone verifier, to check on the auditor's own machine. */
    public void download() throws IOException {
        if (!rangeForward()) {
            return;
        }
        Instant from = start();
        Instant to = end();
        String name = "citycare-audit-" + (verifyFrom == null ? "start" : verifyFrom) + "-" + (verifyTo == null ? "head" : verifyTo) + ".zip";
        Faces.sendFile(name, true, out -> trail.export(from, to, out));
    }

    @RecordedExport
    public void exportCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(eventTable(EXPORT_MAX))), "citycare-audit-events.csv", true);
    }

    @RecordedExport
    public void exportXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(eventTable(EXPORT_MAX))), "citycare-audit-events.xlsx", true);
    }

    /** The events the filter selects as a PDF that says which filter, when, by whom, and the chain's head then. */
    @RecordedExport
    public void exportPdf() throws IOException {
        search(); // what the filter says now, even if the list was not searched again
        var filters = new LinkedHashMap<String, String>();
        String[] labels = {"audit.entityType", "audit.entityId", "audit.actor"};
        for (int i = 0; i < labels.length; i++) {
            if (shown[i] != null && !shown[i].isBlank()) {
                filters.put(Messages.text(labels[i]), shown[i].strip());
            }
        }
        filters.put(Messages.text("audit.exportNewest"), String.valueOf(PDF_MAX));
        var provenance = new Provenance(filters, Instant.now(), Faces.getRemoteUser(), exportLog.chainHead());
        Faces.sendFile(TablePdf.of(Messages.text("audit.title"), List.of(eventTable(PDF_MAX)), provenance, Messages::text),
                "citycare-audit-events.pdf", true);
    }

    /** The newest {@code max} events the filter selects, raw changes included. */
    private Table eventTable(int max) {
        search();
        var rows = new ArrayList<List<Object>>();
        for (AuditEventView e : trail.page(shown[0], shown[1], shown[2], false, 0, max)) {
            rows.add(Arrays.asList(e.seq(), format.dateTime(e.occurredAt()), e.actor(), e.entityType(), e.entityId(),
                    Messages.text("audit.action." + e.action()), e.changes(), e.reason(), e.hash()));
        }
        return new Table(Messages.text("audit.title"), List.of(Messages.text("audit.seq"), Messages.text("audit.when"),
                Messages.text("audit.actor"), Messages.text("audit.entityType"), Messages.text("audit.entityId"),
                Messages.text("audit.action"), Messages.text("audit.changes"), Messages.text("audit.reason"), "SHA-256"), rows);
    }

    /** The days chosen run forwards; if not, says so beside the end day. */
    private boolean rangeForward() {
        if (verifyFrom != null && verifyTo != null && verifyTo.isBefore(verifyFrom)) {
            Messages.add("audit:verifyTo", FacesMessage.SEVERITY_ERROR, "audit.verify.rule.range");
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        return true;
    }

    /** The first day's start in Warsaw, or null for the chain's start. */
    private Instant start() {
        return verifyFrom == null ? null : verifyFrom.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
    }

    /** The moment after the last day (the range's end is exclusive), or null for the head. */
    private Instant end() {
        return verifyTo == null ? null : verifyTo.plusDays(1).atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
    }

    /** Polled while verifying: takes the verdict once it is in. */
    public void poll() throws InterruptedException {
        if (running != null && running.isDone()) {
            try {
                verification = running.get();
            } catch (ExecutionException failed) {
                Messages.add(null, FacesMessage.SEVERITY_ERROR, "audit.verify.failed");
            }
            running = null;
        }
    }

    public boolean isVerifying() {
        return running != null;
    }

    /** Percent of the events checked so far, 0–100. */
    public int getVerifyPercent() {
        long done = progress == null ? 0 : progress.get();
        return verifyTotal == 0 ? 0 : (int) Math.min(100, 100 * done / verifyTotal);
    }

    /** The verification result as a sentence: intact with the count, or the first broken link with its time. */
    public String getVerificationMessage() {
        if (verification == null) {
            return null;
        }
        return verification.intact()
                ? Messages.text("audit.verify.intact", verification.eventsChecked())
                : Messages.text("audit.verify.broken." + verification.problem(), verification.brokenAtSeq(),
                        verification.brokenAt() == null ? "—" : format.dateTime(verification.brokenAt()));
    }

    public LocalDate getVerifyFrom() {
        return verifyFrom;
    }

    public void setVerifyFrom(LocalDate verifyFrom) {
        this.verifyFrom = verifyFrom;
    }

    public LocalDate getVerifyTo() {
        return verifyTo;
    }

    public void setVerifyTo(LocalDate verifyTo) {
        this.verifyTo = verifyTo;
    }

    /** An event's changes, field by field, in the order the trail keeps them (by name). */
    public List<ChangeRows.ChangeRow> changes(AuditEventView event) {
        return ChangeRows.of(event.changes());
    }

    /** A field's name in the reader's language where the bundle has it, else as the trail names it. */
    public String fieldLabel(String field) {
        return Messages.has("audit.field." + field) ? Messages.text("audit.field." + field) : field;
    }

    /** A value as the reader expects it: money in PLN, moments in Europe/Warsaw, nothing as a dash. */
    public String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        if (INSTANT.matcher(value).matches()) {
            return format.dateTime(Instant.parse(value));
        }
        if (MONEY_FIELD.matcher(field).matches() && DECIMAL.matcher(value).matches()) {
            return format.pln(new BigDecimal(value));
        }
        return value;
    }

    public PagedList<AuditEventView> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
