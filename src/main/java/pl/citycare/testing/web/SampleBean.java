package pl.citycare.testing.web;

import pl.citycare.platform.export.RecordedExport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import org.omnifaces.util.Faces;
import pl.citycare.testing.application.Bookings;
import pl.citycare.testing.application.ResultDocuments;
import pl.citycare.testing.application.ResultDocuments.DocumentData;
import pl.citycare.testing.application.Samples;
import pl.citycare.testing.application.Samples.RetestSlot;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Próbka: one sample with its result and codes; the clerk enters the lab's answer, corrects it with a
 * reason, and books the retest an inconclusive or invalid result asks for.
 */
@Named
@ViewScoped
public class SampleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Samples samples;

    @Inject
    private Bookings bookings;

    @Inject
    private ResultDocuments documents;

    private Long id;
    private SampleView sample;
    private RetestSlot retest;

    private TestResult result;
    /** The wall-clock time the clerk typed, in Polish time. */
    private LocalDateTime resultAt;
    private String reason;

    /** View action: the sample named by {@code id}; opening it is recorded in the audit trail. */
    public void load() {
        sample = id == null ? null : samples.sample(id).orElse(null);
        if (sample == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "testing.sample.rule.unknown");
            return;
        }
        retest = samples.retestSlot(id).orElse(null);
    }

    public void record() {
        try {
            sample = sample.result() == TestResult.PENDING
                    ? samples.recordResult(sample.id(), sample.version(), result, instant(resultAt))
                    : samples.correctResult(sample.id(), sample.version(), result, instant(resultAt), reason);
            retest = samples.retestSlot(id).orElse(null);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.sample.resultSaved");
            result = null;
            resultAt = null;
            reason = null;
        } catch (Rejected rejected) {
            Messages.add("result:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void bookRetest() {
        try {
            bookings.bookWorker(sample.workerId(), retest.slotId(), true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.sample.retestBooked");
            retest = null;
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            retest = samples.retestSlot(id).orElse(null);
        }
    }

    /** The bilingual result document: the valid one, or a new one for the current result. */
    @RecordedExport
    public void downloadDocument() throws IOException {
        try {
            DocumentData document = documents.issue(sample.id());
            Faces.sendFile(ResultDocumentPdf.of(List.of(document), VerifyAddress.base(Faces.getExternalContext())),
                    "wynik-" + sample.barcode() + ".pdf", true);
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(TestSite.ZONE).toInstant();
    }

    /** The answers a clerk can enter: every result but "pending". */
    public List<TestResult> getResults() {
        return List.of(TestResult.NEGATIVE, TestResult.POSITIVE, TestResult.INCONCLUSIVE, TestResult.INVALID);
    }

    public String getDisease() {
        return TestResult.DISEASE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SampleView getSample() {
        return sample;
    }

    public RetestSlot getRetest() {
        return retest;
    }

    public TestResult getResult() {
        return result;
    }

    public void setResult(TestResult result) {
        this.result = result;
    }

    public LocalDateTime getResultAt() {
        return resultAt;
    }

    public void setResultAt(LocalDateTime resultAt) {
        this.resultAt = resultAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
