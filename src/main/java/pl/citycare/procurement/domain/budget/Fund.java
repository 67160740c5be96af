package pl.citycare.procurement.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Źródło finansowania: the money the programme may spend, in PLN. */
@Entity
@Table(name = "pr_fund")
public class Fund extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pr_fund_seq", sequenceName = "pr_fund_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_fund_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    protected Fund() {
        // for JPA
    }

    public Fund(String name, Money amount) {
        this.name = name;
        this.amount = amount.amount();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Money getAmount() {
        return Money.of(amount, Money.PLN);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("amount", amount);
        return state;
    }
}
