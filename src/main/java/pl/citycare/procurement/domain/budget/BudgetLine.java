package pl.citycare.procurement.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pozycja budżetu: the part of a fund planned for one category of purchases. */
@Entity
@Table(name = "pr_budget_line")
public class BudgetLine extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pr_budget_line_seq", sequenceName = "pr_budget_line_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_budget_line_seq")
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private Long fundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BudgetCategory category;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal planned;

    protected BudgetLine() {
        // for JPA
    }

    public BudgetLine(Fund fund, BudgetCategory category, Money planned) {
        this.fundId = fund.getId();
        this.category = category;
        plan(planned);
    }

    /** @throws RuleViolation for a negative amount (field {@code planned}) */
    public void plan(Money amount) {
        if (amount == null || amount.isNegative()) {
            throw new RuleViolation("planned", "procurement.budget.rule.plannedNotNegative");
        }
        planned = amount.amount();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getFundId() {
        return fundId;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public Money getPlanned() {
        return Money.of(planned, Money.PLN);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("fundId", fundId);
        state.put("category", category);
        state.put("planned", planned);
        return state;
    }
}
