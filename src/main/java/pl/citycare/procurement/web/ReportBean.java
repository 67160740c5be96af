package pl.citycare.procurement.web;

import pl.citycare.platform.export.ExportLog;
import pl.citycare.platform.export.Provenance;
import pl.citycare.platform.export.RecordedExport;
import pl.citycare.platform.export.TablePdf;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.i18n.DisplayFormat;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.Budget;
import pl.citycare.procurement.application.Budget.FundView;
import pl.citycare.procurement.application.Contracts;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sprawozdanie z realizacji programu: budget execution per line and in total, on screen, as PDF and XLSX
 * (all three from the same figures), and the contract register as CSV and XLSX.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Budget budget;

    @Inject
    private Contracts contracts;

    @Inject
    private ExportLog exportLog;

    @Inject
    private DisplayFormat format;

    private List<FundView> funds;

    @PostConstruct
    void init() {
        funds = budget.funds();
    }

    /** A line's figure as a share of its plan, in per cent (for the bars). */
    public long percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : Math.min(100, Math.round(100.0 * part.doubleValue() / whole.doubleValue()));
    }

    @RecordedExport
    public void downloadPdf() throws IOException {
        FundView fund = funds.get(0);
        String subtitle = Messages.text("procurement.report.generated", format.dateTime(Instant.now()),
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
        Faces.sendFile(ProgrammeReportPdf.of(execution(fund), Messages.text("procurement.report.title"), subtitle, format::pln,
                Messages::text), "citycare-programme-report.pdf", true);
    }

    @RecordedExport
    public void downloadXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(funds.stream().map(this::execution).toList()), "citycare-programme-report.xlsx", true);
    }

    @RecordedExport
    public void downloadRegisterCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(register())), "citycare-contract-register.csv", true);
    }

    @RecordedExport
    public void downloadRegisterXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(register())), "citycare-contract-register.xlsx", true);
    }

    /** The register as a PDF an auditor can file: the whole register, when, by whom, and the audit chain's head. */
    @RecordedExport
    public void downloadRegisterPdf() throws IOException {
        var provenance = new Provenance(Map.of(), Instant.now(), Faces.getRemoteUser(), exportLog.chainHead());
        Faces.sendFile(TablePdf.of(Messages.text("procurement.register.title"), List.of(register()), provenance, Messages::text),
                "citycare-contract-register.pdf", true);
    }

    private Table execution(FundView fund) {
        return ProcurementReports.execution(fund, Messages::text);
    }

    private Table register() {
        Contracts.Buyer buyer = contracts.buyer();
        return ProcurementReports.register(contracts.register(), buyer.name(), buyer.nip(), Messages::text);
    }

    public List<FundView> getFunds() {
        return funds;
    }
}
