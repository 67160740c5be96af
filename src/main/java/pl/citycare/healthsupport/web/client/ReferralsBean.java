package pl.citycare.healthsupport.web.client;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.client.Referrals.ReferralView;
import pl.citycare.healthsupport.application.client.Referrals;
import pl.citycare.healthsupport.domain.client.ReferralKind;
import pl.citycare.healthsupport.domain.client.ReferralStatus;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Skierowania on a client's page: propose, follow the status, and the Blue Card procedure's steps. */
@Named
@ViewScoped
public class ReferralsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Referrals referrals;

    @Inject
    private ClientBean client;

    private List<ReferralView> list;
    private ReferralKind kind;
    private String destination;
    private LocalDate proposedOn = LocalDate.now(LocaleBean.DISPLAY_ZONE);

    private ReferralView blueCard;
    private LocalDate formCompletedOn;
    private LocalDate sentToTeamOn;
    private String teamCaseReference;

    public List<ReferralView> getList() {
        if (list == null) {
            list = client.getClient() == null ? List.of() : referrals.referrals(code());
        }
        return list;
    }

    public void propose() {
        try {
            referrals.propose(code(), kind, destination, proposedOn);
            kind = null;
            destination = null;
            list = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.referral.saved");
        } catch (Rejected rejected) {
            reject("referrals", rejected);
        }
    }

    public void setStatus(ReferralView referral, ReferralStatus status) {
        try {
            referrals.changeStatus(code(), referral.id(), referral.version(), status, LocalDate.now(LocaleBean.DISPLAY_ZONE));
            list = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.referral.saved");
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    /** Opens the Blue Card steps of one referral in the form below the list. */
    public void editBlueCard(ReferralView referral) {
        blueCard = referral;
        formCompletedOn = referral.formCompletedOn();
        sentToTeamOn = referral.sentToTeamOn();
        teamCaseReference = referral.teamCaseReference();
    }

    public void saveBlueCard() {
        try {
            referrals.recordBlueCard(code(), blueCard.id(), blueCard.version(), formCompletedOn, sentToTeamOn, teamCaseReference);
            blueCard = null;
            list = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.referral.saved");
        } catch (Rejected rejected) {
            reject("blueCard", rejected);
        }
    }

    private void reject(String form, Rejected rejected) {
        Messages.add(form + ":" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private String code() {
        return client.getClient().code();
    }

    public ReferralKind[] getKinds() {
        return ReferralKind.values();
    }

    public ReferralKind getKind() {
        return kind;
    }

    public void setKind(ReferralKind kind) {
        this.kind = kind;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public void setProposedOn(LocalDate proposedOn) {
        this.proposedOn = proposedOn;
    }

    public ReferralView getBlueCard() {
        return blueCard;
    }

    public LocalDate getFormCompletedOn() {
        return formCompletedOn;
    }

    public void setFormCompletedOn(LocalDate formCompletedOn) {
        this.formCompletedOn = formCompletedOn;
    }

    public LocalDate getSentToTeamOn() {
        return sentToTeamOn;
    }

    public void setSentToTeamOn(LocalDate sentToTeamOn) {
        this.sentToTeamOn = sentToTeamOn;
    }

    public String getTeamCaseReference() {
        return teamCaseReference;
    }

    public void setTeamCaseReference(String teamCaseReference) {
        this.teamCaseReference = teamCaseReference;
    }
}
