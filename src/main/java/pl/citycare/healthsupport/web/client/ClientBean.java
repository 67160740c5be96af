package pl.citycare.healthsupport.web.client;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.client.ClientNotFound;
import pl.citycare.healthsupport.application.client.Clients.CentreRef;
import pl.citycare.healthsupport.application.client.Clients.ClientRecord;
import pl.citycare.healthsupport.application.client.Clients;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.ClientFacts;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Przyjęcie klienta / karta klienta: intake of a new client at one of the psychologist's centres
 * ({@code ?centre=CPPP1}), or one client's details ({@code ?code=CPPP1-2026-00001}). Opening a client
 * opens their name and phone, which the service records as a read.
 */
@Named
@ViewScoped
public class ClientBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clients clients;

    private String code;
    private String centre;
    private List<CentreRef> centres;
    private ClientRecord client;
    private boolean found = true;

    private List<TargetGroup> targetGroups = new ArrayList<>();
    private AgeBand ageBand = AgeBand.UNKNOWN;
    private District district;
    private LocalDate consentGivenOn;
    private String name;
    private String phone;

    /** View action: an existing client by code, or an empty intake form for a centre of the caller. */
    public void load() {
        centres = clients.myCentres();
        if (code != null && !code.isBlank()) {
            try {
                show(clients.client(code));
            } catch (ClientNotFound notFound) {
                found = false;
                Messages.add(null, FacesMessage.SEVERITY_ERROR, notFound.getMessage());
            }
        } else if (centre == null || centres.stream().noneMatch(c -> c.code().equals(centre))) {
            centre = centres.isEmpty() ? null : centres.get(0).code();
            found = centre != null;
            if (!found) {
                Messages.add(null, FacesMessage.SEVERITY_ERROR, "health.client.rule.notYourCentre");
            }
        }
    }

    /** Registers the new client, or saves changes; a rule broken is shown beside its field, nothing typed is lost. */
    public String save() {
        var facts = new ClientFacts(new HashSet<>(targetGroups), ageBand, district, consentGivenOn, name, phone);
        try {
            if (client == null) {
                String registered = clients.register(centre, facts);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "health.client.registered", registered);
                return "/healthsupport/client?faces-redirect=true&code=" + registered;
            }
            show(clients.update(client.code(), client.version(), facts));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.client.saved");
        } catch (Rejected rejected) {
            Messages.add("client:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    private void show(ClientRecord record) {
        client = record;
        code = record.code();
        centre = record.centreCode();
        targetGroups = new ArrayList<>(record.facts().targetGroups());
        ageBand = record.facts().ageBand();
        district = record.facts().district();
        consentGivenOn = record.facts().consentGivenOn();
        name = record.facts().name();
        phone = record.facts().phone();
    }

    public TargetGroup[] getTargetGroupOptions() {
        return TargetGroup.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public District[] getDistricts() {
        return District.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(pl.citycare.platform.i18n.LocaleBean.DISPLAY_ZONE);
    }

    public boolean isFound() {
        return found;
    }

    public ClientRecord getClient() {
        return client;
    }

    public List<CentreRef> getCentres() {
        return centres;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
