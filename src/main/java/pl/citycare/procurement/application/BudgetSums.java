package pl.citycare.procurement.application;

import jakarta.persistence.EntityManager;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;

/**
 * The one place that adds up a budget line's figures, in the database: zaangażowanie (committed, the gross
 * of each of its contracts' current version). The budget page and the overspend check both read it here,
 * so they can never disagree.
 */
final class BudgetSums {

    /** Sequence ids start at 1, so this id excludes nothing. */
    static final long NO_CONTRACT = -1L;

    private BudgetSums() {
    }

    static Money committed(EntityManager em, long budgetLineId) {
        return committedBesides(em, budgetLineId, NO_CONTRACT);
    }

    /** Committed on the line by every contract but {@code contractId} (the one being amended). */
    static Money committedBesides(EntityManager em, long budgetLineId, long contractId) {
        BigDecimal sum = em.createQuery("SELECT SUM(v.grossTotal) FROM ContractVersion v JOIN v.contract c "
                        + "WHERE c.budgetLineId = :line AND v.number = c.currentVersion AND c.id <> :contract", BigDecimal.class)
                .setParameter("line", budgetLineId).setParameter("contract", contractId).getSingleResult();
        return Money.of(sum == null ? BigDecimal.ZERO : sum, Money.PLN);
    }
}
