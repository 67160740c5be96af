package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Budget.FundView;
import pl.citycare.procurement.application.Budget.LineView;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo fund's budget lines inside Payara Micro: never planned beyond the fund. Runs in {@code CityCareIT}. */
public interface BudgetTests {

    @Test
    default void aPlanBeyondTheFundIsRefusedNamingTheShortfallAndTheLinesStayWithinIt() throws Exception {
        Budget budget = Beans.get(Budget.class);
        AsProcurementClerk clerk = Beans.get(AsProcurementClerk.class);
        FundView fund = Beans.get(AsAuditor.class).call(budget::funds).get(0);
        assertThat(fund.amount()).isEqualTo(Money.pln("6300000.00"));
        assertThat(fund.lines()).hasSize(3);
        LineView line = fund.lines().get(0);
        Money tooMuch = line.planned().plus(fund.unplanned()).plus(Money.pln("0.01"));

        assertThatThrownBy(() -> clerk.call(() -> budget.plan(line.id(), line.version(), tooMuch)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("procurement.budget.rule.overFund"));
        assertThat(clerk.call(() -> budget.shortfall(line.id(), tooMuch))).isEqualTo(Money.pln("0.01"));
        assertThatThrownBy(() -> clerk.call(() -> budget.plan(line.id(), line.version(), Money.pln("-1.00"))))
                .isInstanceOf(Rejected.class);

        FundView lowered = clerk.call(() -> budget.plan(line.id(), line.version(), line.planned().minus(Money.pln("100.00"))));
        assertThat(lowered.unplanned()).isEqualTo(fund.unplanned().plus(Money.pln("100.00")));
        LineView now = lowered.lines().get(0);
        clerk.call(() -> budget.plan(now.id(), now.version(), line.planned())); // as it was, for the other suites
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> budget.plan(line.id(), line.version(), line.planned())))
                .isInstanceOf(EJBAccessException.class);
    }
}
