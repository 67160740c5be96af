package pl.citycare.healthsupport.web.hotline;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.hotline.Callbacks;
import pl.citycare.healthsupport.application.hotline.Callbacks.QueuedCallback;
import pl.citycare.platform.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/** Kolejka oddzwonień: the callbacks, soonest first, overdue ones marked in words and colour. */
@Named
@ViewScoped
public class CallbacksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Callbacks callbacks;

    private List<QueuedCallback> queue;

    @PostConstruct
    void init() {
        queue = callbacks.queue();
    }

    public void done(QueuedCallback callback) {
        callbacks.done(callback.id(), callback.version());
        Messages.add(null, FacesMessage.SEVERITY_INFO, "health.callbacks.doneSaved");
        queue = callbacks.queue();
    }

    public void failed(QueuedCallback callback) {
        boolean closed = callbacks.failedAttempt(callback.id(), callback.version());
        Messages.add(null, FacesMessage.SEVERITY_INFO, closed ? "health.callbacks.closedUnreached"
                : "health.callbacks.failedSaved");
        queue = callbacks.queue();
    }

    public List<QueuedCallback> getQueue() {
        return queue;
    }
}
