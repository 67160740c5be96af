package pl.citycare.healthsupport.web.client;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.client.SessionNotes.NoteHeader;
import pl.citycare.healthsupport.application.client.SessionNotes;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Notatki z sesji on a client's page: the list shows when and by whom; a body is opened only when the
 * psychologist asks for it, because every opening is recorded.
 */
@Named
@ViewScoped
public class SessionNotesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionNotes notes;

    @Inject
    private ClientBean client;

    private List<NoteHeader> headers;
    private final Map<Long, String> opened = new HashMap<>();
    private String body;

    public List<NoteHeader> getHeaders() {
        if (headers == null) {
            headers = client.getClient() == null ? List.of() : notes.notes(client.getClient().code());
        }
        return headers;
    }

    public void write() {
        try {
            notes.write(client.getClient().code(), body);
            body = null;
            headers = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.note.saved");
        } catch (Rejected rejected) {
            Messages.add("notes:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void open(long noteId) {
        opened.put(noteId, notes.read(client.getClient().code(), noteId));
    }

    public void close(long noteId) {
        opened.remove(noteId);
    }

    public boolean isOpen(long noteId) {
        return opened.containsKey(noteId);
    }

    public String bodyOf(long noteId) {
        return opened.get(noteId);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
