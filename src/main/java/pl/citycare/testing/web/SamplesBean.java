package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.web.PagedList;
import pl.citycare.shared.persistence.ListQuery.Sort;
import pl.citycare.testing.application.Samples;
import pl.citycare.testing.application.Samples.SampleFilter;
import pl.citycare.testing.application.Samples.SampleRow;
import pl.citycare.testing.application.TestSites;
import pl.citycare.testing.application.TestSites.SiteView;

import java.io.Serializable;
import java.util.List;

/**
 * Próbki: the samples by barcode, passport or name, site, and whether the lab has answered; the results
 * themselves are on each sample's page, where opening one is recorded.
 */
@Named
@ViewScoped
public class SamplesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Samples samples;

    @Inject
    private TestSites sites;

    private String text;
    private String state;
    private Long siteId;
    private List<SiteView> siteChoices;

    private final PagedList<SampleRow> list = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<SampleRow> page(List<Sort> order, int first, int max) {
            return samples.search(filter(), order, first, max);
        }

        @Override
        public long count() {
            return samples.count(filter());
        }

        @Override
        public Object countKey() {
            return filter();
        }
    }, Samples.SORTABLE, SampleRow::id);

    @PostConstruct
    void init() {
        siteChoices = sites.sites();
    }

    private SampleFilter filter() {
        Boolean answered = "answered".equals(state) ? Boolean.TRUE : "pending".equals(state) ? Boolean.FALSE : null;
        return new SampleFilter(text, answered, siteId);
    }

    public PagedList<SampleRow> getList() {
        return list;
    }

    public List<SiteView> getSiteChoices() {
        return siteChoices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
