package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Contracts.Amendment;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.application.Contracts.OverBudget;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestBudget;
import pl.citycare.support.TestCentres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contracts inside Payara Micro: versions, the budget line's commitment, overspending refused even when two clerks sign at once. Runs in {@code CityCareIT}. */
public interface ContractsTests {

    private static Contracts contracts() {
        return Beans.get(Contracts.class);
    }

    private static LineInput line(String item, String quantity, String unitNet, int vat) {
        return new LineInput(item, Cpv.MEDICAL_DEVICES, new BigDecimal(quantity), "szt.", new BigDecimal(unitNet), vat);
    }

    private static Signing signing(long requestId, String net, int vat) throws Exception {
        long supplier = Beans.get(AsAuditor.class).call(() -> contracts().suppliers()).get(0).id();
        return new Signing(requestId, supplier, "IT/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2021, 3, 10),
                LocalDate.of(2021, 6, 30), List.of(line("Pulsoksymetr", "1", net, vat)));
    }

    private static Budget.LineView lineOf(long lineId) throws Exception {
        return Beans.get(AsAuditor.class).call(() -> Beans.get(Budget.class).funds()).stream()
                .flatMap(f -> f.lines().stream()).filter(l -> l.id() == lineId).findFirst().orElseThrow();
    }

    @Test
    default void aContractCommitsItsGrossOnTheBudgetLineAndAnAmendmentIsANewVersion() throws Exception {
        long lineId = TestBudget.freshLine("100000.00");
        long request = TestBudget.approvedRequest(lineId, "Pulsoksymetry, kontrakt testowy").id();
        long supplier = Beans.get(AsAuditor.class).call(() -> contracts().suppliers()).get(0).id();
        String number = "IT/" + UUID.randomUUID().toString().substring(0, 8);
        ContractView signed = Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(new Signing(request, supplier, number,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 30),
                List.of(line("Pulsoksymetr napalcowy", "600", "99.99", 8), line("Termometr bezdotykowy", "50", "120.00", 23)))));

        assertThat(signed.current().net()).isEqualTo(Money.pln("65994.00"));
        assertThat(signed.current().vat()).isEqualTo(Money.pln("6179.52"));
        assertThat(signed.current().gross()).isEqualTo(Money.pln("72173.52"));
        assertThat(lineOf(lineId).committed()).isEqualTo(Money.pln("72173.52"));
        assertThat(lineOf(lineId).remaining()).isEqualTo(Money.pln("27826.48"));
        Budget.LineView planned = lineOf(lineId);
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Budget.class).plan(lineId,
                planned.version(), Money.pln("72000.00"))))
                .as("a plan below what is committed").isInstanceOfSatisfying(Rejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("procurement.budget.rule.belowCommitted"));

        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(new Signing(request, supplier, number,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 30), List.of(line("X", "1", "1.00", 23))))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("procurement.contract.rule.duplicateNumber"));

        ContractView amended = Beans.get(AsProcurementClerk.class).call(() -> contracts().amend(signed.id(), signed.version(),
                new Amendment(LocalDate.of(2021, 4, 20), "Dodatkowe 100 pulsoksymetrów", LocalDate.of(2021, 7, 31),
                        List.of(line("Pulsoksymetr napalcowy", "700", "99.99", 8), line("Termometr bezdotykowy", "50", "120.00", 23)))));
        assertThat(amended.versions()).extracting(Contracts.VersionView::number).containsExactly(1, 2);
        assertThat(amended.versions().get(0).gross()).as("the signed version stays readable").isEqualTo(Money.pln("72173.52"));
        assertThat(amended.current().gross()).isEqualTo(Money.pln("82972.44"));
        assertThat(amended.current().reason()).isEqualTo("Dodatkowe 100 pulsoksymetrów");
        assertThat(lineOf(lineId).committed()).as("only the current version commits").isEqualTo(Money.pln("82972.44"));

        // An amendment beyond the plan: refused with the line and the shortfall; version 2 stays current.
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> contracts().amend(amended.id(), amended.version(),
                new Amendment(LocalDate.of(2021, 5, 5), "Jeszcze 200", LocalDate.of(2021, 7, 31),
                        List.of(line("Pulsoksymetr napalcowy", "900", "99.99", 8), line("Termometr bezdotykowy", "50", "120.00", 23))))))
                .isInstanceOfSatisfying(OverBudget.class, over -> {
                    assertThat(over.line()).isEqualTo(BudgetCategory.MEDICAL_EQUIPMENT);
                    assertThat(over.shortfall()).isEqualTo(Money.pln("4570.28"));
                });
        assertThat(Beans.get(AsAuditor.class).call(() -> contracts().contract(signed.id())).orElseThrow().currentVersion()).isEqualTo(2);
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> contracts().sign(signing(request, "1.00", 23))))
                .as("an auditor changes nothing").isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> TestCentres.update("UPDATE pr_contract_line SET gross = gross + 1 WHERE contract_version_id IN "
                + "(SELECT id FROM pr_contract_version WHERE contract_id = ?)", signed.id()))
                .as("the database re-checks gross = net + VAT").isInstanceOf(IllegalStateException.class);
    }

    @Test
    default void aLineOutsideTheRulesIsRefusedNamingTheLineAndTheField() throws Exception {
        long lineId = TestBudget.freshLine("1000.00");
        long request = TestBudget.approvedRequest(lineId, "Rękawice, kontrakt testowy").id();
        Signing good = signing(request, "10.00", 23);
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(new Signing(good.requestId(),
                good.supplierId(), good.number(), good.signedOn(), good.termUntil(),
                List.of(line("Rękawice", "10", "1.00", 23), line("Maski", "-5", "1.00", 23))))))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.field()).isEqualTo("lines:1:quantity");
                    assertThat(r.messageKey()).isEqualTo("procurement.contract.rule.quantity");
                });
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(new Signing(good.requestId(),
                good.supplierId(), good.number(), good.signedOn(), good.termUntil(), List.of(line("Rękawice", "10", "1.00", 7))))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("lines:0:vatRate"));
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(new Signing(good.requestId(),
                good.supplierId(), good.number(), LocalDate.of(2021, 2, 1), good.termUntil(), good.lines()))))
                .as("signed before the procedure started")
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("signedOn"));
        assertThat(lineOf(lineId).committed()).isEqualTo(Money.pln("0.00"));
    }

    /** Two clerks sign 600 PLN each on a line of 1,000 PLN at the same moment: exactly one contract commits. */
    @Test
    default void twoClerksSigningAtOnceNeverOverspendTheLine() throws Exception {
        long lineId = TestBudget.freshLine("1000.00");
        List<Long> requests = List.of(TestBudget.approvedRequest(lineId, "Równoległa umowa A").id(),
                TestBudget.approvedRequest(lineId, "Równoległa umowa B").id());
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch go = new CountDownLatch(1);
        var attempts = new ArrayList<Future<ContractView>>();
        for (long request : requests) {
            Signing signing = signing(request, "600.00", 0);
            attempts.add(executor.submit((Callable<ContractView>) () -> {
                go.await(30, TimeUnit.SECONDS);
                return Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(signing));
            }));
        }
        go.countDown();
        int signed = 0;
        for (Future<ContractView> attempt : attempts) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                signed++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(OverBudget.class);
            }
        }
        assertThat(signed).isEqualTo(1);
        assertThat(lineOf(lineId).committed()).isEqualTo(Money.pln("600.00"));
    }

    /** The register lists the demo's amended ventilator contract at its current value, with the amendment. */
    @Test
    default void theRegisterShowsEachContractAtItsCurrentValueWithItsAmendments() throws Exception {
        List<Contracts.RegisterRow> register = Beans.get(AsAuditor.class).call(() -> contracts().register());
        assertThat(register).filteredOn(r -> r.number().equals("ZP/COVID/3/2020")).singleElement().satisfies(r -> {
            assertThat(r.gross()).isEqualTo(Money.pln("1603800.00"));
            assertThat(r.supplierNip()).isEqualTo("4821993518");
            assertThat(r.legalBasis()).isEqualTo(pl.citycare.procurement.domain.request.LegalBasis.COVID_EXEMPTION);
            assertThat(r.amendments()).singleElement().asString().startsWith("1: 2020-05-05");
        });
        assertThat(Beans.get(AsAuditor.class).call(() -> contracts().buyer()).name()).isEqualTo("Gmina Miejska Kraków");
    }

    /** The contract list filters by a number's part, a supplier's name's part and the days signed, in the database. */
    @Test
    default void theContractListFiltersByNumberSupplierAndDaysAndSortsByNumber() throws Exception {
        long lineId = TestBudget.freshLine("100000.00");
        String token = UUID.randomUUID().toString().substring(0, 8);
        var supplier = Beans.get(AsAuditor.class).call(() -> contracts().suppliers()).get(0);
        for (String[] contract : new String[][] {{"B", "2021-03-10"}, {"A", "2021-03-12"}}) {
            long request = TestBudget.approvedRequest(lineId, "Pulsoksymetry " + contract[0]).id();
            Beans.get(AsProcurementClerk.class).call(() -> contracts().sign(new Signing(request, supplier.id(),
                    "IT/" + token + "/" + contract[0], LocalDate.parse(contract[1]), LocalDate.of(2021, 6, 30),
                    List.of(line("Pulsoksymetr", "1", "100.00", 8)))));
        }
        AsAuditor auditor = Beans.get(AsAuditor.class);
        var byToken = new Contracts.ContractFilter(" " + token.toUpperCase(java.util.Locale.ROOT) + " ", null, null);

        assertThat(auditor.call(() -> contracts().count(byToken))).isEqualTo(2);
        assertThat(auditor.call(() -> contracts().search(byToken, List.of(), 0, 20))).as("newest signature first")
                .extracting(Contracts.ContractRow::number).containsExactly("IT/" + token + "/A", "IT/" + token + "/B");
        assertThat(auditor.call(() -> contracts().search(byToken,
                List.of(pl.citycare.shared.persistence.ListQuery.Sort.desc("number")), 0, 20)))
                .extracting(Contracts.ContractRow::number).containsExactly("IT/" + token + "/B", "IT/" + token + "/A");
        assertThat(auditor.call(() -> contracts().search(new Contracts.ContractFilter(token, null, LocalDate.of(2021, 3, 11)),
                List.of(), 0, 20))).extracting(Contracts.ContractRow::number).containsExactly("IT/" + token + "/B");
        assertThat(auditor.call(() -> contracts().count(new Contracts.ContractFilter(token, LocalDate.of(2021, 3, 13), null))))
                .isZero();
        String supplierPart = supplier.name().substring(1, Math.min(supplier.name().length(), 8)).toLowerCase(java.util.Locale.ROOT);
        assertThat(auditor.call(() -> contracts().count(new Contracts.ContractFilter(supplierPart, null, null))))
                .as("a part of the supplier's name finds its contracts").isGreaterThanOrEqualTo(2);
        assertThat(auditor.call(() -> contracts().count(new Contracts.ContractFilter("%", null, null))))
                .as("a typed wildcard matches itself").isZero();
    }
}
