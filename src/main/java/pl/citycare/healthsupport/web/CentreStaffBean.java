package pl.citycare.healthsupport.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.CentreStaffing;
import pl.citycare.healthsupport.application.CentreStaffing.CentreStaff;
import pl.citycare.healthsupport.application.StaffingRuleViolation;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Obsada centrum: choose the psychologists of one centre. */
@Named
@ViewScoped
public class CentreStaffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CentreStaffing staffing;

    private String code;
    private CentreStaff centre;
    private List<StaffMember> options;
    private List<String> chosen = new ArrayList<>();

    /** View action: the centre named by the {@code code} parameter, or the not-found message. */
    public void load() {
        centre = staffing.centres().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        if (centre == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "health.staffing.rule.unknownCentre");
            return;
        }
        options = staffing.psychologists();
        chosen = new ArrayList<>(centre.psychologists());
    }

    public void save() {
        try {
            staffing.assign(centre.code(), centre.version(), new HashSet<>(chosen));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.centre.saved");
            load();
        } catch (StaffingRuleViolation violation) {
            Messages.add("staff:psychologists", FacesMessage.SEVERITY_ERROR, violation.messageKey());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CentreStaff getCentre() {
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
}
