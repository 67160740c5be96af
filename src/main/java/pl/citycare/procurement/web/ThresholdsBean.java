package pl.citycare.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.Thresholds;
import pl.citycare.procurement.application.Thresholds.PeriodView;
import pl.citycare.procurement.domain.threshold.Threshold;
import pl.citycare.procurement.domain.threshold.ThresholdKind;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Progi: the threshold periods for everyone in procurement; the administrator adds the next one. */
@Named
@ViewScoped
public class ThresholdsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Thresholds thresholds;

    private List<PeriodView> periods;
    private ThresholdKind kind;
    private LocalDate validFrom;
    private BigDecimal amount;
    private String currency = "PLN";
    private BigDecimal eurRate;

    @PostConstruct
    void init() {
        periods = thresholds.periods();
    }

    public void add() {
        try {
            Money value = amount == null ? null : Money.of(amount, "EUR".equals(currency) ? Threshold.EUR : Money.PLN);
            thresholds.addPeriod(kind, validFrom, value, eurRate);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.threshold.added");
            periods = thresholds.periods();
            kind = null;
            validFrom = null;
            amount = null;
            eurRate = null;
        } catch (Rejected rejected) {
            Messages.add("period:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public ThresholdKind[] getKinds() {
        return ThresholdKind.values();
    }

    public ThresholdKind getKind() {
        return kind;
    }

    public void setKind(ThresholdKind kind) {
        this.kind = kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getEurRate() {
        return eurRate;
    }

    public void setEurRate(BigDecimal eurRate) {
        this.eurRate = eurRate;
    }
}
