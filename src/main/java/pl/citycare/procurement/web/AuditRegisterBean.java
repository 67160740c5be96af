package pl.citycare.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.citycare.platform.export.ExportLog;
import pl.citycare.platform.export.Provenance;
import pl.citycare.platform.export.RecordedExport;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.export.TablePdf;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.ProcurementRegister;
import pl.citycare.procurement.application.ProcurementRegister.Filter;
import pl.citycare.procurement.application.ProcurementRegister.Row;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.RequestStatus;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rejestr postępowań for auditors: every request with its contracts, filtered and paged in the database; the
 * same selection downloads as CSV, XLSX or a PDF that prints the filters, the time, the user and the chain's head.
 */
@Named
@ViewScoped
public class AuditRegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcurementRegister register;

    @Inject
    private ExportLog exportLog;

    private LocalDate from;
    private LocalDate to;
    private String supplier;
    private Cpv cpv;
    private LegalBasis legalBasis;
    private RequestStatus status;
    private BigDecimal minNet;
    private BigDecimal maxNet;
    private String text;
    /** The filter the list shows: changed only by a search whose fields are consistent. */
    private Filter applied = Filter.none();

    private final LazyDataModel<Row> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, register.count(applied));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return register.search(applied, first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.requestId());
        }
    };

    /** Applies the filters; days or amounts that run backwards are said beside the second field and change nothing. */
    public void search() {
        boolean ok = true;
        if (from != null && to != null && to.isBefore(from)) {
            Messages.add("register:to", FacesMessage.SEVERITY_ERROR, "audit.register.rule.dates");
            ok = false;
        }
        if (minNet != null && maxNet != null && maxNet.compareTo(minNet) < 0) {
            Messages.add("register:maxNet", FacesMessage.SEVERITY_ERROR, "audit.register.rule.values");
            ok = false;
        }
        if (ok) {
            applied = new Filter(from, to, supplier, cpv, legalBasis, status, minNet, maxNet, text);
        }
    }

    @RecordedExport
    public void exportCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(table())), "citycare-procurement-register.csv", true);
    }

    @RecordedExport
    public void exportXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(table())), "citycare-procurement-register.xlsx", true);
    }

    @RecordedExport
    public void exportPdf() throws IOException {
        var provenance = new Provenance(filters(), Instant.now(), Faces.getRemoteUser(), exportLog.chainHead());
        Faces.sendFile(TablePdf.of(Messages.text("audit.register.title"), List.of(table()), provenance, Messages::text),
                "citycare-procurement-register.pdf", true);
    }

    /** The filters of the list shown, in words, for the printed copy. */
    private Map<String, String> filters() {
        var filters = new LinkedHashMap<String, String>();
        put(filters, "audit.register.from", applied.from());
        put(filters, "audit.register.to", applied.to());
        put(filters, "procurement.contract.supplier", applied.supplier());
        put(filters, "audit.register.cpv", applied.cpv() == null ? null : applied.cpv().code() + " "
                + Messages.text("procurement.cpv." + applied.cpv()));
        put(filters, "procurement.request.legalBasis", applied.legalBasis() == null ? null
                : Messages.text("procurement.legalBasis." + applied.legalBasis()));
        put(filters, "procurement.request.status", applied.status() == null ? null
                : Messages.text("procurement.requestStatus." + applied.status()));
        put(filters, "audit.register.minNet", applied.minNet());
        put(filters, "audit.register.maxNet", applied.maxNet());
        put(filters, "audit.register.text", applied.text());
        return filters;
    }

    private static void put(Map<String, String> filters, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            filters.put(Messages.text(key), value.toString().strip());
        }
    }

    private Table table() {
        var rows = new ArrayList<List<Object>>();
        for (Row r : register.search(applied, 0, ProcurementRegister.EXPORT_MAX)) {
            rows.add(Arrays.asList(r.requestId(), r.startDate(), r.subject(), r.cpv().code(),
                    Messages.text("procurement.legalBasis." + r.legalBasis()), Messages.text("procurement.requestStatus." + r.status()),
                    r.estimatedNet().amount(), contracts(r)));
        }
        return new Table(Messages.text("audit.register.title"), List.of(Messages.text("audit.checks.id"),
                Messages.text("procurement.request.startDate"), Messages.text("procurement.request.subject"), "CPV",
                Messages.text("procurement.request.legalBasis"), Messages.text("procurement.request.status"),
                Messages.text("procurement.request.estimatedNet"), Messages.text("audit.register.contracts")), rows);
    }

    /** The row's contracts in one cell: number, supplier and NIP, current gross. */
    public String contracts(Row r) {
        return r.contracts().stream().map(c -> c.number() + " · " + c.supplier() + " (NIP " + c.supplierNip() + ") · "
                + c.gross().amount().toPlainString() + " PLN").collect(Collectors.joining("; "));
    }

    public LazyDataModel<Row> getList() {
        return list;
    }

    public List<Cpv> getCpvs() {
        return Arrays.asList(Cpv.values());
    }

    public List<LegalBasis> getLegalBases() {
        return Arrays.asList(LegalBasis.values());
    }

    public List<RequestStatus> getStatuses() {
        return Arrays.asList(RequestStatus.values());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public Cpv getCpv() {
        return cpv;
    }

    public void setCpv(Cpv cpv) {
        this.cpv = cpv;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public BigDecimal getMinNet() {
        return minNet;
    }

    public void setMinNet(BigDecimal minNet) {
        this.minNet = minNet;
    }

    public BigDecimal getMaxNet() {
        return maxNet;
    }

    public void setMaxNet(BigDecimal maxNet) {
        this.maxNet = maxNet;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
