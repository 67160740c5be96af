package pl.citycare.procurement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.budget.BudgetLine;
import pl.citycare.procurement.domain.budget.Fund;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.util.List;

/**
 * Budżet programu: the fund and how it is split into budget lines. The lines never plan more than the
 * fund holds; a change that would is refused, naming the shortfall. What signed contracts commit comes from
 * {@link BudgetSums}, with what was invoiced and paid; a line's plan cannot drop below what it committed.
 */
@Stateless
@RolesAllowed({Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
public class Budget {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** A fund with its lines; {@code unplanned} is what no line has taken yet. */
    public record FundView(long id, String name, Money amount, List<LineView> lines, Money unplanned) {

        /** The lines added up, figure by figure: the one total the page, the PDF and the XLSX all show. */
        public LineView total() {
            Money zero = Money.zero(Money.PLN);
            return new LineView(id, 0, null,
                    lines.stream().map(LineView::planned).reduce(zero, Money::plus),
                    lines.stream().map(LineView::committed).reduce(zero, Money::plus),
                    lines.stream().map(LineView::remaining).reduce(zero, Money::plus),
                    lines.stream().map(LineView::invoiced).reduce(zero, Money::plus),
                    lines.stream().map(LineView::paid).reduce(zero, Money::plus));
        }
    }

    /** A line's plan, what signed contracts commit (gross), what remains to commit, and what was invoiced and paid. */
    public record LineView(long id, long version, BudgetCategory category, Money planned, Money committed, Money remaining,
                           Money invoiced, Money paid) {
    }

    public List<FundView> funds() {
        return em.createQuery("SELECT f FROM Fund f ORDER BY f.id", Fund.class).getResultStream().map(this::view).toList();
    }

    /**
     * Plans a line's amount as the clerk last saw it.
     *
     * @throws Rejected                for a negative amount, or one the fund cannot cover (field {@code planned})
     * @throws OptimisticLockException when the line changed since {@code expectedVersion}
     */
    @RolesAllowed(Role.Names.PROCUREMENT_CLERK)
    public FundView plan(long lineId, long expectedVersion, Money amount) {
        BudgetLine line = em.find(BudgetLine.class, lineId);
        if (line == null) {
            throw new Rejected("planned", "procurement.budget.rule.unknownLine");
        }
        // The fund's row lock makes two clerks planning lines of one fund take turns, so the sum holds; then the
        // line's, so contracts committing on it wait and the plan never drops below them. (Locking reloads the
        // row, so both come before any change.)
        Fund fund = em.find(Fund.class, line.getFundId(), LockModeType.PESSIMISTIC_WRITE);
        em.lock(line, LockModeType.PESSIMISTIC_WRITE);
        if (line.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Budget line " + lineId + " changed since it was read");
        }
        Money others = plannedBesides(fund, line.getId());
        try {
            line.plan(amount);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        Money total = others.plus(amount);
        if (total.isGreaterThan(fund.getAmount())) {
            throw new Rejected("planned", "procurement.budget.rule.overFund");
        }
        if (amount.isLessThan(BudgetSums.committed(em, lineId))) {
            throw new Rejected("planned", "procurement.budget.rule.belowCommitted");
        }
        em.flush();
        return view(fund);
    }

    /** How much the fund lacks for this plan, for the refusal's message. */
    public Money shortfall(long lineId, Money amount) {
        Fund fund = em.find(Fund.class, em.find(BudgetLine.class, lineId).getFundId());
        return plannedBesides(fund, lineId).plus(amount).minus(fund.getAmount());
    }

    /** What the fund's other lines plan. */
    private Money plannedBesides(Fund fund, long lineId) {
        return linesOf(fund).stream().filter(l -> l.getId() != lineId).map(BudgetLine::getPlanned)
                .reduce(Money.zero(Money.PLN), Money::plus);
    }

    private List<BudgetLine> linesOf(Fund fund) {
        return em.createQuery("SELECT l FROM BudgetLine l WHERE l.fundId = :fund ORDER BY l.category", BudgetLine.class)
                .setParameter("fund", fund.getId()).getResultList();
    }

    private LineView view(BudgetLine l) {
        Money committed = BudgetSums.committed(em, l.getId());
        return new LineView(l.getId(), l.getVersion(), l.getCategory(), l.getPlanned(), committed, l.getPlanned().minus(committed),
                BudgetSums.invoiced(em, l.getId()), BudgetSums.paid(em, l.getId()));
    }

    private FundView view(Fund fund) {
        List<BudgetLine> lines = linesOf(fund);
        Money planned = lines.stream().map(BudgetLine::getPlanned).reduce(Money.zero(Money.PLN), Money::plus);
        return new FundView(fund.getId(), fund.getName(), fund.getAmount(),
                lines.stream().map(this::view).toList(),
                fund.getAmount().minus(planned));
    }
}
