package pl.citycare.healthsupport.web.client;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.client.Clients;
import pl.citycare.healthsupport.application.client.Clients.CentreRef;
import pl.citycare.healthsupport.application.client.Clients.ClientRow;

import java.io.Serializable;
import java.util.List;

/** Kartoteka klientów: the clients of the psychologist's centre, by code; names only on a client's own page. */
@Named
@ViewScoped
public class ClientsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clients clients;

    private List<CentreRef> centres;
    private String centre;
    private String code;
    private List<ClientRow> rows;

    @PostConstruct
    void init() {
        centres = clients.myCentres();
        centre = centres.isEmpty() ? null : centres.get(0).code();
        search();
    }

    public void search() {
        rows = centre == null ? List.of() : clients.clients(centre, code);
    }

    public boolean isLimited() {
        return rows.size() >= Clients.LIST_LIMIT;
    }

    public List<CentreRef> getCentres() {
        return centres;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<ClientRow> getRows() {
        return rows;
    }
}
