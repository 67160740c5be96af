package pl.citycare.testing.web;

import pl.citycare.platform.export.RecordedExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import pl.citycare.platform.export.Table;
import pl.citycare.platform.export.TableExport;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.Notifications;
import pl.citycare.testing.application.Notifications.NotificationView;
import pl.citycare.testing.domain.notification.NotificationStatus;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Zgłoszenia: the notifications of positive results to send (by default), sent or acknowledged, each with
 * the worker's isolation end, its printable form, and the list as CSV or XLSX.
 */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Notifications notifications;

    private NotificationStatus status = NotificationStatus.TO_SEND;
    private List<NotificationView> list;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        list = notifications.list(status);
    }

    public void markSent(long id) {
        act(() -> notifications.markSent(id), "testing.notification.markedSent");
    }

    public void markAcknowledged(long id) {
        act(() -> notifications.markAcknowledged(id), "testing.notification.markedAcknowledged");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.add(null, FacesMessage.SEVERITY_INFO, done);
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
        show();
    }

    @RecordedExport
    public void print(long id) throws IOException {
        Faces.sendFile(NotificationPdf.of(notifications.notification(id)), "zgloszenie-" + id + ".pdf", true);
    }

    @RecordedExport
    public void exportCsv() throws IOException {
        Faces.sendFile(TableExport.csv(List.of(table())), "zgloszenia.csv", true);
    }

    @RecordedExport
    public void exportXlsx() throws IOException {
        Faces.sendFile(TableExport.xlsx(List.of(table())), "zgloszenia.xlsx", true);
    }

    private Table table() {
        var rows = new ArrayList<List<Object>>();
        for (NotificationView n : list) {
            rows.add(List.of(n.id(), Messages.text("testing.recipient." + n.recipient()), n.worker().surname() + " " + n.worker().givenNames(),
                    n.worker().passport(), n.employer().name(), n.barcode(), String.valueOf(n.isolationUntil()),
                    Messages.text("testing.notificationStatus." + n.status())));
        }
        return new Table(Messages.text("testing.notifications.title"), List.of("#", Messages.text("testing.notification.recipient"),
                Messages.text("testing.worker.name"), Messages.text("testing.worker.passport"), Messages.text("testing.worker.employer"),
                Messages.text("testing.sample.barcode"), Messages.text("testing.notification.isolationUntil"),
                Messages.text("testing.notification.status")), rows);
    }

    public NotificationStatus[] getStatuses() {
        return NotificationStatus.values();
    }

    public List<NotificationView> getList() {
        return list;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public void setStatus(NotificationStatus status) {
        this.status = status;
    }
}
