package pl.citycare.healthsupport.web.client;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.client.ClientNotFound;
import pl.citycare.healthsupport.application.client.SessionNotes;
import pl.citycare.healthsupport.application.client.SessionNotes.NoteOversight;
import pl.citycare.platform.i18n.Messages;

import java.io.Serializable;

/** Kto czytał notatki: the coordinator enters a client's code and sees the notes (never a body) and who read them. */
@Named
@ViewScoped
public class NoteReadsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionNotes notes;

    private String code;
    private NoteOversight oversight;

    public void show() {
        try {
            oversight = notes.oversight(code);
        } catch (ClientNotFound notFound) {
            oversight = null;
            Messages.add("reads:code", FacesMessage.SEVERITY_ERROR, "health.noteReads.unknownClient");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public NoteOversight getOversight() {
        return oversight;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
