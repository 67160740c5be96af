package pl.citycare.testing.web;

import pl.citycare.platform.export.RecordedExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.web.PagedList;
import pl.citycare.testing.domain.worker.WorkerDetails;
import pl.citycare.testing.domain.workerimport.WorkerColumn;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Employers.EmployerChoice;
import pl.citycare.testing.application.Workers;
import pl.citycare.testing.application.Workers.WorkerFilter;
import pl.citycare.testing.application.Workers.WorkerView;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pracownicy: the workers, found by a name in either script ({@code Шевченко} finds {@code SHEVCHENKO}),
 * a passport or an employer ({@code ?employer=} opens the list of one), sorted and paged in the database.
 */
@Named
@ViewScoped
public class WorkersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Workers workers;

    @Inject
    private Employers employers;

    private String text;
    private Long employerId;
    private List<EmployerChoice> employerChoices;

    private final PagedList<WorkerView> list = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<WorkerView> page(List<Sort> order, int first, int max) {
            return workers.search(filter(), order, first, max);
        }

        @Override
        public long count() {
            return workers.count(filter());
        }

        @Override
        public Object countKey() {
            return filter();
        }
    }, Workers.SORTABLE, WorkerView::id);

    @PostConstruct
    void init() {
        employerChoices = employers.choices();
    }

    private WorkerFilter filter() {
        return new WorkerFilter(text, employerId);
    }

    @RecordedExport
    public void exportCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(table())), "pracownicy.csv", true);
    }

    @RecordedExport
    public void exportXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(table())), "pracownicy.xlsx", true);
    }

    /**
     * The workers under the import template's headers, so that an exported list goes back in as it is; names
     * and addresses that look like formulas come out as text (see {@link TableExport}).
     */
    private Table table() {
        var rows = new ArrayList<List<Object>>();
        for (WorkerView w : workers.export(filter())) {
            WorkerDetails d = w.details();
            rows.add(Arrays.asList(d.surname(), d.givenNames(), d.surnameCyrillic(), d.givenNamesCyrillic(), d.birthDate(), d.nationality(),
                    d.passport(), d.phone(), d.language().code(), d.accommodation(), w.employerName()));
        }
        var header = new ArrayList<String>();
        for (WorkerColumn column : WorkerColumn.values()) {
            header.add(Messages.text("testing.workerImport.header." + column.field()));
        }
        header.add(Messages.text("testing.worker.employer"));
        return new Table(Messages.text("testing.workers.title"), header, rows);
    }

    public PagedList<WorkerView> getList() {
        return list;
    }

    public List<EmployerChoice> getEmployerChoices() {
        return employerChoices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }
}
