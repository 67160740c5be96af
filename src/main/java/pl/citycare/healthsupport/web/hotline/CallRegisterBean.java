package pl.citycare.healthsupport.web.hotline;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.hotline.CallRegister;
import pl.citycare.healthsupport.application.hotline.CallRegister.CallFilter;
import pl.citycare.healthsupport.application.hotline.CallRegister.CallRow;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.web.PagedList;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Rejestr rozmów: the coordinator's list of the hotline's calls, filtered by days, risk, outcome and psychologist. */
@Named
@ViewScoped
public class CallRegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallRegister register;

    private LocalDate from;
    private LocalDate to;
    private RiskLevel risk;
    private CallOutcome outcome;
    private String psychologist;
    /** The filter the list shows: set by the search button once the days are in order. */
    private CallFilter shown = CallFilter.none();

    private final PagedList<CallRow> list = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public List<CallRow> page(List<Sort> order, int first, int max) {
            return register.search(shown, order, first, max);
        }

        @Override
        public long count() {
            return register.count(shown);
        }

        @Override
        public Object countKey() {
            return shown;
        }
    }, CallRegister.SORTABLE, CallRow::id);

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.add("calls:to", FacesMessage.SEVERITY_ERROR, "health.calls.rule.toBeforeFrom");
            return;
        }
        shown = new CallFilter(from, to, risk, outcome, psychologist);
    }

    public PagedList<CallRow> getList() {
        return list;
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public CallOutcome[] getOutcomes() {
        return CallOutcome.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CallOutcome outcome) {
        this.outcome = outcome;
    }

    public String getPsychologist() {
        return psychologist;
    }

    public void setPsychologist(String psychologist) {
        this.psychologist = psychologist;
    }
}
