package pl.citycare.procurement.demo;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.budget.BudgetCategory;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.LineTerms;
import pl.citycare.procurement.domain.delivery.Delivery;
import pl.citycare.procurement.domain.invoice.Invoice;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.ValueEstimate;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.SplitOrders;
import pl.citycare.procurement.domain.supplier.Supplier;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcurementDemoDataTest {

    /** The demo start would fail on one bad check digit; this says which. */
    @Test
    void everyDemoSupplierPassesTheSupplierRulesAndHasItsOwnNip() {
        assertThat(ProcurementDemoData.SUPPLIERS).hasSize(12).allSatisfy(Supplier::register);
        assertThat(ProcurementDemoData.SUPPLIERS.stream().map(s -> s.nip()).distinct()).hasSize(12);
    }

    /** The demo shows the flags: one split order (two approved 2021 purchases of group 331, below 130,000 PLN each, above it together). */
    @Test
    void theDemoRequestsContainOneSplitOrderOfPartsEachBelowTheThreshold() {
        Money threshold = Money.pln("130000.00");
        var candidates = ProcurementDemoData.REQUESTS.stream()
                .filter(r -> r.basis() == LegalBasis.BELOW_NATIONAL_THRESHOLD && r.start().getYear() == 2021)
                .map(r -> new SplitOrders.Candidate(r.subject().hashCode(), r.cpv(), r.start(), Money.pln(r.net()), threshold))
                .toList();
        assertThat(candidates).allSatisfy(c -> assertThat(c.net().isLessThan(threshold)).isTrue());
        assertThat(SplitOrders.find(candidates)).singleElement()
                .satisfies(group -> assertThat(group.cpvGroup()).isEqualTo("331"));
    }

    /** The demo start would fail on an overspent line; this says which. Plans: 3.4M / 1.3M / 1.6M PLN. */
    @Test
    void theDemoContractsStayWithinEachBudgetLine() {
        Map<BudgetCategory, Money> committed = new EnumMap<>(BudgetCategory.class);
        for (ProcurementDemoData.DemoContract contract : ProcurementDemoData.CONTRACTS) {
            BudgetCategory line = ProcurementDemoData.REQUESTS.stream().filter(r -> r.subject().equals(contract.subject()))
                    .findFirst().orElseThrow().line();
            List<LineTerms> lines = contract.amendedLines() == null ? contract.lines() : contract.amendedLines();
            Money gross = lines.stream().map(LineTerms::gross).reduce(Money.zero(Money.PLN), Money::plus);
            committed.merge(line, gross, Money::plus);
        }
        assertThat(committed.get(BudgetCategory.MEDICAL_APPARATUS)).isEqualTo(Money.pln("2705400.00"));
        assertThat(committed.get(BudgetCategory.MEDICAL_EQUIPMENT)).isEqualTo(Money.pln("130950.00"));
        assertThat(committed.get(BudgetCategory.PERSONAL_PROTECTIVE_EQUIPMENT)).isEqualTo(Money.pln("1246320.00"));
        assertThat(ProcurementDemoData.CONTRACTS.stream().map(ProcurementDemoData.DemoContract::number).distinct()).hasSize(7);
    }

    /** The demo start would fail on a delivery or invoice above its contract; the domain's own rules check them here. */
    @Test
    void theDemoDeliveriesAndInvoicesKeepWithinTheirContracts() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        LocalDate today = LocalDate.of(2026, 11, 26);
        Money invoicedInAll = Money.zero(Money.PLN);
        Money paidInAll = Money.zero(Money.PLN);
        for (ProcurementDemoData.DemoExecution execution : ProcurementDemoData.EXECUTION) {
            ProcurementDemoData.DemoContract demo = ProcurementDemoData.CONTRACTS.stream()
                    .filter(c -> c.number().equals(execution.contract())).findFirst().orElseThrow();
            ProcurementDemoData.DemoRequest asked = ProcurementDemoData.REQUESTS.stream()
                    .filter(r -> r.subject().equals(demo.subject())).findFirst().orElseThrow();
            ProcurementRequest request = ProcurementRequest.submit(asked.subject(), asked.cpv(), 1L,
                    new ValueEstimate(Money.pln(asked.net()), new BigDecimal("4.2693")), asked.basis(), asked.start(), "buyer", now);
            request.approve("approver", now);
            Contract contract = Contract.sign(demo.number(), request, 1L, demo.signedOn(), demo.termUntil(), demo.lines(), "buyer",
                    now, today);
            if (demo.amendedOn() != null) {
                contract.amend(demo.amendedOn(), demo.amendmentReason(), demo.termUntil(), demo.amendedLines(), "buyer", now, today);
            }
            Map<Integer, BigDecimal> delivered = new HashMap<>();
            for (ProcurementDemoData.DemoDelivery d : execution.deliveries()) {
                Delivery delivery = Delivery.accept(contract, d.protocol(), d.on(), "Magazyn",
                        d.quantities().stream().map(BigDecimal::new).toList(), delivered, "buyer", now, today);
                delivery.getLines().forEach(l -> delivered.merge(l.getLineNo(), l.getQuantity(), BigDecimal::add));
            }
            Money invoiced = Money.zero(Money.PLN);
            for (ProcurementDemoData.DemoInvoice i : execution.invoices()) {
                Invoice invoice = Invoice.receive(contract, i.number(), i.issuedOn(), i.dueOn(), Money.pln(i.net()),
                        Money.pln(i.vat()), invoiced, "buyer", now, today);
                invoiced = invoiced.plus(invoice.getGross());
                if (i.paidOn() != null) {
                    paidInAll = paidInAll.plus(invoice.getGross());
                }
            }
            invoicedInAll = invoicedInAll.plus(invoiced);
        }
        assertThat(invoicedInAll).isEqualTo(Money.pln("3918510.00"));
        assertThat(paidInAll).isEqualTo(Money.pln("3843990.00"));
    }
}
