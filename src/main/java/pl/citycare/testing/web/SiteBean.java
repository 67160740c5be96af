package pl.citycare.testing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.Employers.EmployerChoice;
import pl.citycare.testing.application.TestSites;
import pl.citycare.testing.application.TestSites.PlanResult;
import pl.citycare.testing.application.TestSites.SiteView;
import pl.citycare.testing.domain.site.SiteDetails;
import pl.citycare.testing.domain.site.SiteKind;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Punkt pobrań: a new test site ({@code site.xhtml}) or one to correct ({@code ?id=}), and planning its
 * slots for a period.
 */
@Named
@ViewScoped
public class SiteBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestSites sites;

    @Inject
    private Employers employers;

    private Long id;
    private SiteView site;
    private List<EmployerChoice> workSites;

    private String name;
    private SiteKind kind = SiteKind.STATIONARY;
    private String address;
    private Long workSiteId;
    private String opensAt = "08:00";
    private String closesAt = "16:00";
    private List<DayOfWeek> openDays = new ArrayList<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private LocalDate planFrom;
    private LocalDate planTo;
    private Integer minutes = 15;
    private Integer capacity = 10;

    /** View action: the site named by {@code id}, or an empty form. */
    public void load() {
        workSites = employers.workSiteChoices();
        if (id == null) {
            return;
        }
        site = sites.site(id).orElse(null);
        if (site == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "testing.site.rule.unknown");
            return;
        }
        SiteDetails d = site.details();
        name = d.name();
        kind = d.kind();
        address = d.address();
        workSiteId = d.workSiteId();
        opensAt = d.opensAt().toString();
        closesAt = d.closesAt().toString();
        openDays = new ArrayList<>(d.openDays());
    }

    public String save() {
        var details = new SiteDetails(name, kind, address, workSiteId, time(opensAt), time(closesAt),
                openDays == null || openDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(openDays));
        try {
            if (site == null) {
                SiteView saved = sites.register(details);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.site.saved");
                return "/testing/site?faces-redirect=true&id=" + saved.id();
            }
            site = sites.update(site.id(), site.version(), details);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.site.saved");
        } catch (Rejected rejected) {
            refuse("site:" + rejected.field(), rejected);
        }
        return null;
    }

    public void plan() {
        try {
            PlanResult result = sites.planSlots(site.id(), planFrom, planTo, minutes == null ? 0 : minutes,
                    capacity == null ? 0 : capacity);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.slots.planned", result.created(), result.existing());
        } catch (Rejected rejected) {
            refuse("plan:" + rejected.field(), rejected);
        }
    }

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text);
    }

    private static void refuse(String clientId, Rejected rejected) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Opening times to choose from, every half hour. */
    public List<String> getTimes() {
        var times = new ArrayList<String>();
        for (int h = 5; h < 23; h++) {
            times.add("%02d:00".formatted(h));
            times.add("%02d:30".formatted(h));
        }
        return times;
    }

    public List<Integer> getSlotLengths() {
        return List.of(10, 15, 20, 30, 60);
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<EmployerChoice> getWorkSites() {
        return workSites;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SiteView getSite() {
        return site;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getWorkSiteId() {
        return workSiteId;
    }

    public void setWorkSiteId(Long workSiteId) {
        this.workSiteId = workSiteId;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public List<DayOfWeek> getOpenDays() {
        return openDays;
    }

    public void setOpenDays(List<DayOfWeek> openDays) {
        this.openDays = openDays;
    }

    public LocalDate getPlanFrom() {
        return planFrom;
    }

    public void setPlanFrom(LocalDate planFrom) {
        this.planFrom = planFrom;
    }

    public LocalDate getPlanTo() {
        return planTo;
    }

    public void setPlanTo(LocalDate planTo) {
        this.planTo = planTo;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
