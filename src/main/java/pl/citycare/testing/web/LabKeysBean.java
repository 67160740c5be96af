package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.LabResults;
import pl.citycare.testing.application.LabResults.KeyView;

import java.io.Serializable;
import java.util.List;

/**
 * Klucze API laboratoriów: the administrator gives a lab's system its key (shown once, on this page, and
 * never again), sees when each key was last used, and revokes keys.
 */
@Named
@ViewScoped
public class LabKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LabResults labResults;

    private List<KeyView> keys;
    private String lab;
    /** The new key's plain value, for this one view only. */
    private String issued;

    @PostConstruct
    void init() {
        keys = labResults.keys();
    }

    public void issue() {
        try {
            issued = labResults.issueKey(lab).plain();
            lab = null;
            keys = labResults.keys();
        } catch (Rejected rejected) {
            Messages.add("newKey:lab", FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void revoke(long id) {
        labResults.revokeKey(id);
        issued = null;
        keys = labResults.keys();
        Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.labKeys.revoked");
    }

    public List<KeyView> getKeys() {
        return keys;
    }

    public String getLab() {
        return lab;
    }

    public void setLab(String lab) {
        this.lab = lab;
    }

    public String getIssued() {
        return issued;
    }
}
