package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Contracts.Amendment;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.application.Deliveries.Acceptance;
import pl.citycare.procurement.application.Invoices.Receipt;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestBudget;

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

/**
 * Deliveries and invoices inside Payara Micro: never more than contracted or invoiced above the contract,
 * even when two clerks act at the same moment; the budget line's invoiced and paid. Runs in {@code CityCareIT}.
 */
public interface DeliveriesAndInvoicesTests {

    /** A contract of 100 monitors' cables at 10.00 net, 0 % VAT (1,000.00 gross), on a line of its own. */
    private static ContractView contract(long lineId) throws Exception {
        long request = TestBudget.approvedRequest(lineId, "Kable do kardiomonitorów").id();
        long supplier = Beans.get(AsAuditor.class).call(() -> Beans.get(Contracts.class).suppliers()).get(0).id();
        return Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Contracts.class).sign(new Signing(request, supplier,
                "IT/D/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 30),
                List.of(new LineInput("Kabel EKG", Cpv.PATIENT_MONITORING, new BigDecimal("100"), "szt.", new BigDecimal("10.00"), 0)))));
    }

    private static <T> int succeeded(List<Callable<T>> actions, Class<? extends Rejected> refusal) throws Exception {
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch go = new CountDownLatch(1);
        var attempts = new ArrayList<Future<T>>();
        for (Callable<T> action : actions) {
            attempts.add(executor.submit((Callable<T>) () -> {
                go.await(30, TimeUnit.SECONDS);
                return action.call();
            }));
        }
        go.countDown();
        int done = 0;
        for (Future<T> attempt : attempts) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                done++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(refusal);
            }
        }
        return done;
    }

    /** Two protocols of 60 cables each for a contract of 100, at the same moment: exactly one is accepted. */
    @Test
    default void twoClerksAcceptingDeliveriesAtOnceNeverTakeALineAboveItsContract() throws Exception {
        ContractView contract = contract(TestBudget.freshLine("5000.00"));
        Deliveries deliveries = Beans.get(Deliveries.class);
        List<Callable<Deliveries.DeliveryView>> acceptances = new ArrayList<>();
        for (String protocol : List.of("PO/A", "PO/B")) {
            acceptances.add(() -> Beans.get(AsProcurementClerk.class).call(() -> deliveries.accept(contract.id(),
                    new Acceptance(protocol, LocalDate.of(2021, 4, 1), "Jan Nowak", List.of(new BigDecimal("60"))))));
        }
        assertThat(succeeded(acceptances, Rejected.class)).isEqualTo(1);
        assertThat(Beans.get(AsAuditor.class).call(() -> deliveries.progress(contract.id()))).singleElement()
                .satisfies(p -> assertThat(p.delivered()).isEqualByComparingTo("60"));

        // The rest arrives; one more is too many. An amendment cannot go below what arrived.
        Beans.get(AsProcurementClerk.class).call(() -> deliveries.accept(contract.id(), new Acceptance("PO/C",
                LocalDate.of(2021, 4, 8), "Jan Nowak", List.of(new BigDecimal("40")))));
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> deliveries.accept(contract.id(),
                new Acceptance("PO/D", LocalDate.of(2021, 4, 9), "Jan Nowak", List.of(BigDecimal.ONE)))))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.field()).isEqualTo("lines:0:quantity");
                    assertThat(r.messageKey()).isEqualTo("procurement.delivery.rule.aboveContract");
                });
        ContractView current = Beans.get(AsAuditor.class).call(() -> Beans.get(Contracts.class).contract(contract.id())).orElseThrow();
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Contracts.class).amend(current.id(),
                current.version(), new Amendment(LocalDate.of(2021, 4, 10), "Mniej kabli", LocalDate.of(2021, 6, 30),
                        List.of(new LineInput("Kabel EKG", Cpv.PATIENT_MONITORING, new BigDecimal("90"), "szt.",
                                new BigDecimal("10.00"), 0))))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("procurement.contract.rule.belowDelivered"));
        assertThat(Beans.get(AsAuditor.class).call(() -> deliveries.protocol(deliveries.of(contract.id()).get(0).id())))
                .hasValueSatisfying(p -> assertThat(p.supplierNip()).hasSize(10));
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> deliveries.accept(contract.id(), new Acceptance("PO/E",
                LocalDate.of(2021, 4, 9), "Jan Nowak", List.of(BigDecimal.ONE))))).isInstanceOf(EJBAccessException.class);
    }

    /** Two invoices of 600.00 on a contract of 1,000.00 at the same moment: exactly one is registered. */
    @Test
    default void twoClerksRegisteringInvoicesAtOnceNeverTakeAContractAboveItsValue() throws Exception {
        long lineId = TestBudget.freshLine("5000.00");
        ContractView contract = contract(lineId);
        Invoices invoices = Beans.get(Invoices.class);
        List<Callable<Invoices.InvoiceView>> receipts = new ArrayList<>();
        for (String number : List.of("FV/A", "FV/B")) {
            receipts.add(() -> Beans.get(AsProcurementClerk.class).call(() -> invoices.receive(contract.id(),
                    new Receipt(number + "/" + contract.id(), LocalDate.of(2021, 4, 2), LocalDate.of(2021, 5, 2),
                            new BigDecimal("600.00"), BigDecimal.ZERO))));
        }
        assertThat(succeeded(receipts, Rejected.class)).isEqualTo(1);

        Invoices.InvoiceView second = Beans.get(AsProcurementClerk.class).call(() -> invoices.receive(contract.id(),
                new Receipt("FV/C/" + contract.id(), LocalDate.of(2021, 4, 20), LocalDate.of(2021, 5, 20),
                        new BigDecimal("400.00"), BigDecimal.ZERO)));
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> invoices.receive(contract.id(),
                new Receipt("FV/D/" + contract.id(), LocalDate.of(2021, 4, 21), LocalDate.of(2021, 5, 21),
                        new BigDecimal("0.01"), BigDecimal.ZERO))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("procurement.invoice.rule.aboveContract"));
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> invoices.receive(contract.id(),
                new Receipt("FV/E/" + contract.id(), LocalDate.now().plusDays(2), LocalDate.now().plusDays(30),
                        new BigDecimal("0.01"), BigDecimal.ZERO))))
                .as("an invoice dated in the future")
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("issuedOn"));

        List<Invoices.InvoiceView> all = Beans.get(AsAuditor.class).call(() -> invoices.of(contract.id()));
        assertThat(all).hasSize(2).allSatisfy(i -> assertThat(i.overdue()).as("unpaid since 2021").isTrue());
        Beans.get(AsProcurementClerk.class).call(() -> invoices.pay(second.id(), second.version(), LocalDate.of(2021, 5, 18)));

        Budget.LineView line = Beans.get(AsAuditor.class).call(() -> Beans.get(Budget.class).funds()).stream()
                .flatMap(f -> f.lines().stream()).filter(l -> l.id() == lineId).findFirst().orElseThrow();
        assertThat(line.committed()).isEqualTo(Money.pln("1000.00"));
        assertThat(line.invoiced()).isEqualTo(Money.pln("1000.00"));
        assertThat(line.paid()).isEqualTo(Money.pln("400.00"));
    }
}
