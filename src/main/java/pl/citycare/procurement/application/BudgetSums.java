package pl.citycare.procurement.application;

import jakarta.persistence.EntityManager;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;

/**
 * The one place that adds up a budget line's figures, in the database: zaangażowanie (committed, the gross
 * of each of its contracts' current version), zafakturowano (the gross of their invoices) and zapłacono
 * (of the paid ones). The budget page, the report and the checks all read them here, so they never disagree.
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

    /** The gross of the invoices under the line's contracts. */
    static Money invoiced(EntityManager em, long budgetLineId) {
        return sum(em.createQuery("SELECT SUM(i.gross) FROM Invoice i, Contract c WHERE i.contractId = c.id "
                + "AND c.budgetLineId = :line", BigDecimal.class).setParameter("line", budgetLineId).getSingleResult());
    }

    /** The gross of the paid invoices under the line's contracts. */
    static Money paid(EntityManager em, long budgetLineId) {
        return sum(em.createQuery("SELECT SUM(i.gross) FROM Invoice i, Contract c WHERE i.contractId = c.id "
                + "AND c.budgetLineId = :line AND i.paidOn IS NOT NULL", BigDecimal.class).setParameter("line", budgetLineId)
                .getSingleResult());
    }

    /** The gross of a contract's invoices. */
    static Money invoicedOnContract(EntityManager em, long contractId) {
        return sum(em.createQuery("SELECT SUM(i.gross) FROM Invoice i WHERE i.contractId = :contract", BigDecimal.class)
                .setParameter("contract", contractId).getSingleResult());
    }

    private static Money sum(BigDecimal sum) {
        return Money.of(sum == null ? BigDecimal.ZERO : sum, Money.PLN);
    }
}
