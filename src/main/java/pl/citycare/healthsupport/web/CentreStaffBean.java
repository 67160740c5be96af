package pl.citycare.healthsupport.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.CentreDescription;
import pl.citycare.healthsupport.application.CentreRuleViolation;
import pl.citycare.healthsupport.application.Centres;
import pl.citycare.healthsupport.application.Centres.CentreDetails;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Centrum: one centre's details and its psychologists, for the coordinator. */
@Named
@ViewScoped
public class CentreStaffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Centres centres;

    private String code;
    private CentreDetails centre;
    private List<StaffMember> options;
    private List<String> chosen = new ArrayList<>();

    private String name;
    private String address;
    private District district;
    private String phone;
    private String openingHours;
    private boolean active;

    /** View action: the centre named by the {@code code} parameter, or the not-found message. */
    public void load() {
        centre = centres.centre(code).orElse(null);
        if (centre == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "health.staffing.rule.unknownCentre");
            return;
        }
        options = centres.psychologists();
        chosen = new ArrayList<>(centre.psychologists());
        name = centre.name();
        address = centre.address();
        district = centre.district();
        phone = centre.phone();
        openingHours = centre.openingHours();
        active = centre.active();
    }

    /** Saves the details as typed; on a conflict the page says so and keeps what was typed. */
    public void saveDetails() {
        try {
            centre = centres.describe(new CentreDescription(centre.code(), name, address, district, phone,
                    openingHours, active), centre.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.centre.detailsSaved");
        } catch (CentreRuleViolation violation) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, violation.messageKey());
        }
    }

    public void saveStaff() {
        try {
            centres.assign(centre.code(), centre.version(), new HashSet<>(chosen));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.centre.saved");
            centre = centres.centre(centre.code()).orElseThrow();
        } catch (CentreRuleViolation violation) {
            Messages.add("staff:psychologists", FacesMessage.SEVERITY_ERROR, violation.messageKey());
        }
    }

    public District[] getDistricts() {
        return District.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CentreDetails getCentre() {
        return centre;
    }

    public List<StaffMember> getOptions() {
        return options;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
