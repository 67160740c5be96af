package pl.citycare.procurement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.Requests;
import pl.citycare.procurement.application.Requests.Assessment;
import pl.citycare.procurement.application.Requests.LineOption;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.application.Requests.Submission;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.ValueEstimate;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Wnioski: the requests (newest first, by status) and, for the clerk, the form for a new one. */
@Named
@ViewScoped
public class RequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Requests requests;

    private RequestStatus status;
    private String subject;
    private Cpv cpv;
    private Long budgetLineId;
    private BigDecimal estimatedNet;
    private LegalBasis legalBasis;
    private LocalDate startDate = LocalDate.now(ProcurementRequest.ZONE);
    private BigDecimal eurRate;
    private Assessment assessment;
    private List<LineOption> lines;

    private final LazyDataModel<RequestView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) requests.count(status);
        }

        @Override
        public List<RequestView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return requests.search(status, first, pageSize);
        }

        @Override
        public String getRowKey(RequestView request) {
            return String.valueOf(request.id());
        }
    };

    public String submit() {
        try {
            RequestView submitted = requests.submit(new Submission(subject, cpv, budgetLineId, net(), eurRate, legalBasis,
                    startDate));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.request.submitted", submitted.id());
            return "/procurement/request?faces-redirect=true&id=" + submitted.id();
        } catch (Rejected rejected) {
            Messages.add("request:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    /** Ajax: the thresholds of the start date and the flags of the value and basis typed so far. */
    public void assess() {
        Assessment previous = assessment;
        assessment = startDate == null ? null : requests.assess(startDate, net(), legalBasis);
        // The period's official rate fills the field unless the clerk stated another one.
        boolean rateFromDictionary = eurRate == null
                || previous != null && previous.eurRate() != null && previous.eurRate().compareTo(eurRate) == 0;
        if (assessment != null && rateFromDictionary) {
            eurRate = assessment.eurRate();
        }
    }

    public Assessment getAssessment() {
        if (assessment == null) {
            assess();
        }
        return assessment;
    }

    /** The value in euro at the rate on the form, while the clerk types. */
    public Money getEstimatedEur() {
        try {
            return net() == null || eurRate == null ? null : new ValueEstimate(net(), eurRate).inEuro();
        } catch (RuleViolation notYetAValue) {
            return null;
        }
    }

    private Money net() {
        return estimatedNet == null ? null : Money.of(estimatedNet, Money.PLN);
    }

    public List<LineOption> getLines() {
        if (lines == null) {
            lines = requests.lines();
        }
        return lines;
    }

    public Cpv[] getCpvOptions() {
        return Cpv.values();
    }

    public LegalBasis[] getBases() {
        return LegalBasis.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public LazyDataModel<RequestView> getList() {
        return list;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Cpv getCpv() {
        return cpv;
    }

    public void setCpv(Cpv cpv) {
        this.cpv = cpv;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public void setBudgetLineId(Long budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    public BigDecimal getEstimatedNet() {
        return estimatedNet;
    }

    public void setEstimatedNet(BigDecimal estimatedNet) {
        this.estimatedNet = estimatedNet;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public BigDecimal getEurRate() {
        return eurRate;
    }

    public void setEurRate(BigDecimal eurRate) {
        this.eurRate = eurRate;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }
}
