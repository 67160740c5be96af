package pl.citycare.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.DisplayFormat;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.procurement.application.Budget.FundView;
import pl.citycare.procurement.application.Budget.LineView;
import pl.citycare.procurement.application.Budget;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Budżet: the fund and its lines; the clerk plans each line's amount, the fund is never over-planned. */
@Named
@ViewScoped
public class BudgetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Budget budget;

    @Inject
    private DisplayFormat format;

    private List<FundView> funds;
    /** What the clerk typed per line, kept when a plan is refused. */
    private final Map<Long, BigDecimal> typed = new HashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        funds = budget.funds();
        typed.clear();
        funds.forEach(f -> f.lines().forEach(l -> typed.put(l.id(), l.planned().amount())));
    }

    public void plan(LineView line) {
        BigDecimal amount = typed.get(line.id());
        try {
            budget.plan(line.id(), line.version(), Money.of(amount == null ? BigDecimal.ZERO : amount, Money.PLN));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "procurement.budget.saved");
            load();
        } catch (Rejected rejected) {
            Object[] args = "procurement.budget.rule.overFund".equals(rejected.messageKey())
                    ? new Object[]{Messages.text("procurement.category." + line.category()),
                    format.pln(budget.shortfall(line.id(), Money.of(amount, Money.PLN)).amount())} : new Object[0];
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey(), args);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<FundView> getFunds() {
        return funds;
    }

    public Map<Long, BigDecimal> getTyped() {
        return typed;
    }
}
