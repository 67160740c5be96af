package pl.citycare.testing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.testing.application.TestingRetention;
import pl.citycare.testing.application.TestingRetention.BatchResult;
import pl.citycare.testing.application.TestingRetention.RetentionReport;

import java.io.Serializable;

/**
 * Okres przechowywania (testy): what the next run would anonymise (the dry run), and running it now, batch
 * after batch, each committed on its own.
 */
@Named
@ViewScoped
public class TestingRetentionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestingRetention retention;

    private RetentionReport report;

    @PostConstruct
    void init() {
        report = retention.dryRun();
    }

    public void run() {
        int workers = 0;
        int inbox = 0;
        int uploads = 0;
        for (BatchResult batch = retention.runBatch(); !batch.nothing(); batch = retention.runBatch()) {
            workers += batch.workers();
            inbox += batch.inboxItems();
            uploads += batch.uploads();
        }
        report = retention.dryRun();
        Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.retention.done", workers, inbox, uploads);
    }

    public RetentionReport getReport() {
        return report;
    }
}
