package pl.citycare.testing.web;

import pl.citycare.platform.export.RecordedExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.TestingStatistics;
import pl.citycare.testing.application.TestingStatistics.Figures;
import pl.citycare.testing.application.TestingStatistics.Report;
import pl.citycare.testing.domain.site.TestSite;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Statystyki testów: a period's figures, with bars, and the same figures as CSV or XLSX. */
@Named
@ViewScoped
public class TestingStatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestingStatistics statistics;

    private LocalDate from;
    private LocalDate to;
    private Report report;

    @PostConstruct
    void init() {
        to = LocalDate.now(TestSite.ZONE);
        from = to.minusDays(27);
        load();
    }

    public void load() {
        try {
            report = statistics.report(from, to);
        } catch (Rejected rejected) {
            Messages.add("stats:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** A bar's width in percent of the largest count shown beside it. */
    public long percent(long value, List<Figures> figures) {
        long max = figures.stream().mapToLong(Figures::tests).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * value / max);
    }

    @RecordedExport
    public void downloadCsv() throws IOException {
        Faces.sendFile(TableExport.csv(tables()), "statystyki-testow-" + from + "-" + to + ".csv", true);
    }

    @RecordedExport
    public void downloadXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(tables()), "statystyki-testow-" + from + "-" + to + ".xlsx", true);
    }

    private List<Table> tables() {
        return List.of(table("testing.stats.byDay", report.byDay()), table("testing.stats.byWeek", report.byWeek()),
                table("testing.stats.byEmployer", report.byEmployer()), table("testing.stats.bySite", report.bySite()),
                table("testing.stats.total", List.of(report.total())));
    }

    private static Table table(String titleKey, List<Figures> figures) {
        var rows = new ArrayList<List<Object>>();
        for (Figures f : figures) {
            var row = new ArrayList<Object>();
            row.add(f.label());
            row.add(f.tests());
            row.add(f.answered());
            row.add(f.positive());
            row.add(f.positivityPercent() == null ? "" : f.positivityPercent());
            row.add(f.medianTurnaroundHours() == null ? "" : f.medianTurnaroundHours());
            rows.add(row);
        }
        return new Table(Messages.text(titleKey), List.of("", Messages.text("testing.stats.tests"), Messages.text("testing.stats.answered"),
                Messages.text("testing.stats.positive"), Messages.text("testing.stats.positivity"),
                Messages.text("testing.stats.turnaround")), rows);
    }

    public Report getReport() {
        return report;
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
}
