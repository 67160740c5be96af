package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.testing.application.TestSites;
import pl.citycare.testing.application.TestSites.SiteView;

import java.io.Serializable;
import java.util.List;

/** Punkty pobrań: every test site (a city has a handful), with where it is and when it is open. */
@Named
@ViewScoped
public class SitesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestSites sites;

    private List<SiteView> list;

    @PostConstruct
    void init() {
        list = sites.sites();
    }

    public List<SiteView> getList() {
        return list;
    }
}
