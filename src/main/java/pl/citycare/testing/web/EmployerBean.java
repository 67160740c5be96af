package pl.citycare.testing.web;

import pl.citycare.platform.export.RecordedExport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import org.omnifaces.util.Faces;
import pl.citycare.testing.application.Employers;
import pl.citycare.testing.application.ResultDocuments;
import pl.citycare.testing.application.ResultDocuments.DocumentData;
import pl.citycare.testing.application.Employers.DuplicateNip;
import pl.citycare.testing.application.Employers.EmployerView;
import pl.citycare.testing.domain.employer.EmployerDetails;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Pracodawca: a new employer ({@code employer.xhtml}) or one to correct ({@code ?id=}), with its work
 * sites. A NIP already registered is refused beside the field with a link to the employer that has it.
 */
@Named
@ViewScoped
public class EmployerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Employers employers;

    @Inject
    private ResultDocuments documents;

    private Long id;
    private EmployerView employer;
    private Long duplicateOf;

    private String name;
    private String nip;
    private String regon;
    private String address;
    private String contactPerson;
    private String contactPhone;
    private String contactEmail;

    private String siteName;
    private String siteAddress;

    /** View action: the employer named by {@code id}, or an empty form. */
    public void load() {
        if (id == null) {
            return;
        }
        employer = employers.employer(id).orElse(null);
        if (employer == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "testing.employer.rule.unknown");
            return;
        }
        EmployerDetails d = employer.details();
        name = d.name();
        nip = d.nip();
        regon = d.regon();
        address = d.address();
        contactPerson = d.contactPerson();
        contactPhone = d.contactPhone();
        contactEmail = d.contactEmail();
    }

    public String save() {
        var details = new EmployerDetails(name, nip, regon, address, contactPerson, contactPhone, contactEmail);
        duplicateOf = null;
        try {
            if (employer == null) {
                EmployerView saved = employers.register(details);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.employer.saved");
                return "/testing/employer?faces-redirect=true&id=" + saved.id();
            }
            employer = employers.update(employer.id(), employer.version(), details);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.employer.saved");
        } catch (DuplicateNip duplicate) {
            duplicateOf = duplicate.existingId();
            refuse("employer:nip", duplicate);
        } catch (Rejected rejected) {
            refuse("employer:" + rejected.field(), rejected);
        }
        return null;
    }

    public void addSite() {
        try {
            employer = employers.addSite(employer.id(), siteName, siteAddress);
            siteName = null;
            siteAddress = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.employer.siteAdded");
        } catch (Rejected rejected) {
            refuse("sites:" + rejected.field(), rejected);
        }
    }

    public void removeSite(long siteId) {
        try {
            employer = employers.removeSite(employer.id(), siteId);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.employer.siteRemoved");
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    /** The result documents of the group: each worker's latest result, one page each, in one PDF. */
    @RecordedExport
    public void downloadDocuments() throws IOException {
        List<DocumentData> group = documents.issueForEmployer(employer.id());
        Faces.sendFile(ResultDocumentPdf.of(group, VerifyAddress.base(Faces.getExternalContext())),
                "wyniki-pracodawca-" + employer.id() + ".pdf", true);
    }

    private static void refuse(String clientId, Rejected rejected) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        FacesContext.getCurrentInstance().validationFailed();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EmployerView getEmployer() {
        return employer;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getRegon() {
        return regon;
    }

    public void setRegon(String regon) {
        this.regon = regon;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(String siteAddress) {
        this.siteAddress = siteAddress;
    }
}
