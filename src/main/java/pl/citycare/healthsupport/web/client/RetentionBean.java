package pl.citycare.healthsupport.web.client;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.client.Retention.BatchResult;
import pl.citycare.healthsupport.application.client.Retention.RetentionReport;
import pl.citycare.healthsupport.application.client.Retention;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;

/**
 * Okres przechowywania, for the coordinator: what the next run would remove (the dry run), the legal
 * holds, and running it now (batch after batch, each committed on its own).
 */
@Named
@ViewScoped
public class RetentionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Retention retention;

    private RetentionReport report;
    private String holdCode;
    private String holdReason;

    @PostConstruct
    void init() {
        report = retention.dryRun();
    }

    public void run() {
        int clients = 0;
        int notes = 0;
        int calls = 0;
        for (BatchResult batch = retention.runBatch(); !batch.nothing(); batch = retention.runBatch()) {
            clients += batch.clients();
            notes += batch.notes();
            calls += batch.calls();
        }
        report = retention.dryRun();
        Messages.add(null, FacesMessage.SEVERITY_INFO, "health.retention.done", clients, notes, calls);
    }

    public void hold() {
        try {
            retention.hold(holdCode, holdReason);
            holdCode = null;
            holdReason = null;
            report = retention.dryRun();
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.retention.held");
        } catch (Rejected rejected) {
            Messages.add("hold:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void lift(String code) {
        retention.liftHold(code);
        report = retention.dryRun();
        Messages.add(null, FacesMessage.SEVERITY_INFO, "health.retention.lifted", code);
    }

    public RetentionReport getReport() {
        return report;
    }

    public String getHoldCode() {
        return holdCode;
    }

    public void setHoldCode(String holdCode) {
        this.holdCode = holdCode;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }
}
