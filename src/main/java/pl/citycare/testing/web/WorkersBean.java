package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.web.PagedList;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Employers.EmployerChoice;
import pl.citycare.testing.application.Workers;
import pl.citycare.testing.application.Workers.WorkerFilter;
import pl.citycare.testing.application.Workers.WorkerView;

import java.io.Serializable;
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
    }, Workers.SORTABLE, WorkerView::id);

    @PostConstruct
    void init() {
        employerChoices = employers.choices();
    }

    private WorkerFilter filter() {
        return new WorkerFilter(text, employerId);
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
