package pl.citycare.testing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.web.PagedList;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Employers.EmployerView;

import java.io.Serializable;
import java.util.List;

/** Pracodawcy: the employers, filtered by name, NIP or REGON, sorted and paged in the database. */
@Named
@ViewScoped
public class EmployersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Employers employers;

    private String text;

    private final PagedList<EmployerView> list = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<EmployerView> page(List<Sort> order, int first, int max) {
            return employers.search(text, order, first, max);
        }

        @Override
        public long count() {
            return employers.count(text);
        }
    }, Employers.SORTABLE, EmployerView::id);

    public PagedList<EmployerView> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
