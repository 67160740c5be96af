package pl.citycare.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.application.Requests;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.application.Requests.Step;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Wniosek: one request, its status history, and the approver's decision. */
@Named
@ViewScoped
public class RequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Requests requests;

    private Long id;
    private RequestView request;
    private List<Step> history;
    private String reason;
    private LocalDate bipPublishedOn;

    /** View action: the request named by {@code id}. */
    public void load() {
        request = id == null ? null : requests.request(id).orElse(null);
        if (request == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "procurement.request.rule.unknown");
            return;
        }
        history = requests.history(id);
    }

    public void approve() {
        decide(() -> requests.approve(request.id(), request.version()), "procurement.request.approved");
    }

    public void reject() {
        decide(() -> requests.reject(request.id(), request.version(), reason), "procurement.request.rejected");
    }

    public void recordBip() {
        try {
            request = requests.recordBipPublication(request.id(), request.version(), bipPublishedOn);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.request.bipRecorded");
        } catch (Rejected rejected) {
            Messages.add("bipForm:bipPublishedOn", FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The BIP publication is recorded by a clerk, for a COVID-19 act purchase not rejected. */
    public boolean isBipRecordable() {
        return request != null && request.bipDueOn() != null && request.status() != RequestStatus.REJECTED
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PROCUREMENT_CLERK);
    }

    public LocalDate getBipPublishedOn() {
        return bipPublishedOn;
    }

    public void setBipPublishedOn(LocalDate bipPublishedOn) {
        this.bipPublishedOn = bipPublishedOn;
    }

    private void decide(Supplier<RequestView> decision, String done) {
        try {
            request = decision.get();
            history = requests.history(request.id());
            reason = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, done);
        } catch (Rejected rejected) {
            Messages.add("reason".equals(rejected.field()) ? "decision:reason" : null, FacesMessage.SEVERITY_ERROR,
                    rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The decision form is for approvers, on a request still waiting. */
    public boolean isDecidable() {
        return request != null && request.status() == RequestStatus.SUBMITTED && FacesContext.getCurrentInstance()
                .getExternalContext().isUserInRole(Role.Names.PROCUREMENT_APPROVER);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestView getRequest() {
        return request;
    }

    public List<Step> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
