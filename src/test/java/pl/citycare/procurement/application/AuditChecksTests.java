package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.AuditChecks.Check;
import pl.citycare.procurement.application.AuditChecks.Finding;
import pl.citycare.procurement.application.AuditChecks.Subject;
import pl.citycare.procurement.application.Contracts.Amendment;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.application.Invoices.Receipt;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.application.Requests.Submission;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.supplier.SupplierDetails;
import pl.citycare.shared.audit.AuditAction;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementApprover;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestBudget;
import pl.citycare.support.TestCentres;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditors' saved checks inside Payara Micro, each with a record of the test's own that it must find and
 * one it must leave alone; each run is a read in the audit trail. Runs in {@code CityCareIT}.
 */
public interface AuditChecksTests {

    private static List<Finding> run(Check check) throws Exception {
        return Beans.get(AsAuditor.class).call(() -> Beans.get(AuditChecks.class).run(check));
    }

    private static List<Long> ids(Check check, Subject subject) throws Exception {
        return run(check).stream().filter(f -> f.subject() == subject).map(Finding::recordId).toList();
    }

    private static RequestView approved(long line, String subject, Cpv cpv, String net, LegalBasis basis, LocalDate start) throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView submitted = Beans.get(AsProcurementClerk.class).call(() -> requests.submit(new Submission(subject, cpv, line,
                Money.pln(net), null, basis, start)));
        return Beans.get(AsProcurementApprover.class).call(() -> requests.approve(submitted.id(), submitted.version()));
    }

    /** Signed ten days after the request's start (2021-03-01 unless given), until the end of 2021. */
    private static ContractView contract(long request, String quantity, String unitNet) throws Exception {
        LocalDate start = Beans.get(AsAuditor.class).call(() -> Beans.get(Requests.class).request(request)).orElseThrow().startDate();
        long supplier = Beans.get(AsAuditor.class).call(() -> Beans.get(Contracts.class).suppliers()).get(0).id();
        return Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Contracts.class).sign(new Signing(request, supplier,
                "IT/K/" + UUID.randomUUID().toString().substring(0, 8), start.plusDays(10), LocalDate.of(2021, 12, 31),
                List.of(new LineInput("Maseczka FFP2", Cpv.PROTECTIVE_GEAR, new BigDecimal(quantity), "szt.", new BigDecimal(unitNet), 0)))));
    }

    /** A Polish IBAN no other test uses: 24 random digits with the right check digits. */
    private static String freshIban() {
        var bban = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            bban.append(ThreadLocalRandom.current().nextInt(10));
        }
        int check = 98 - new BigInteger(bban + "252100").mod(BigInteger.valueOf(97)).intValue();
        return "PL" + String.format("%02d", check) + bban;
    }

    @Test
    default void paymentsAmendmentsAndDeliveriesAreCheckedAgainstTheirContracts() throws Exception {
        long line = TestBudget.freshLine("900000.00");
        ContractView late = contract(TestBudget.approvedRequest(line, "Maseczki, płatność po terminie").id(), "1000", "4.00");
        ContractView onTime = contract(TestBudget.approvedRequest(line, "Maseczki, płatność w terminie").id(), "1000", "4.00");
        Invoices invoices = Beans.get(Invoices.class);
        for (var c : List.of(late, onTime)) {
            Invoices.InvoiceView invoice = Beans.get(AsProcurementClerk.class).call(() -> invoices.receive(c.id(),
                    new Receipt("FV/K/" + c.id(), LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 1), new BigDecimal("2000.00"), BigDecimal.ZERO)));
            LocalDate paid = c == late ? LocalDate.of(2021, 5, 10) : LocalDate.of(2021, 4, 30);
            Beans.get(AsProcurementClerk.class).call(() -> invoices.pay(invoice.id(), invoice.version(), paid));
        }
        assertThat(run(Check.LATE_PAYMENTS)).filteredOn(f -> f.recordId() == late.id()).singleElement().satisfies(f -> {
            assertThat(f.detailKey()).isEqualTo("audit.check.LATE_PAYMENTS.paidLate");
            assertThat(f.args()).containsExactly("FV/K/" + late.id(), Money.pln("2000.00"), "2021-05-01", "2021-05-10", 9L);
        });
        assertThat(ids(Check.LATE_PAYMENTS, Subject.CONTRACT)).doesNotContain(onTime.id());

        // One contract raised by a quarter, the other lowered.
        Contracts contracts = Beans.get(Contracts.class);
        for (var c : List.of(late, onTime)) {
            String quantity = c == late ? "1250" : "1000";
            String price = c == late ? "4.00" : "3.50";
            Beans.get(AsProcurementClerk.class).call(() -> contracts.amend(c.id(), c.version(), new Amendment(LocalDate.of(2021, 4, 15),
                    "Zmiana ilości", LocalDate.of(2021, 12, 31), List.of(new LineInput("Maseczka FFP2", Cpv.PROTECTIVE_GEAR,
                    new BigDecimal(quantity), "szt.", new BigDecimal(price), 0)))));
        }
        assertThat(run(Check.VALUE_RAISING_AMENDMENTS)).filteredOn(f -> f.recordId() == late.id()).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly(1, Money.pln("4000.00"), Money.pln("5000.00"),
                        new BigDecimal("25.0"), new BigDecimal("25.0")));
        assertThat(ids(Check.VALUE_RAISING_AMENDMENTS, Subject.CONTRACT)).doesNotContain(onTime.id());

        // The service never accepts more than ordered; a row changed behind its back is what the check is for.
        Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Deliveries.class).accept(late.id(),
                new Deliveries.Acceptance("PO/K/" + late.id(), LocalDate.of(2021, 4, 20), "Jan Nowak", List.of(new BigDecimal("1250")))));
        assertThat(ids(Check.OVER_DELIVERY, Subject.CONTRACT)).doesNotContain(late.id());
        TestCentres.update("UPDATE pr_delivery_line SET quantity = 1300 WHERE delivery_id = (SELECT id FROM pr_delivery WHERE protocol_number = ?)",
                "PO/K/" + late.id());
        assertThat(run(Check.OVER_DELIVERY)).filteredOn(f -> f.recordId() == late.id()).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly(1, "Maseczka FFP2", new BigDecimal("1300.000"), new BigDecimal("1250.000"), "szt."));

        var trail = new AuditEventQuery(Beans.dataSource());
        long before = trail.newest("AuditCheck", Check.OVER_DELIVERY.name(), 0, 1).get(0).seq();
        run(Check.OVER_DELIVERY);
        assertThat(trail.newest("AuditCheck", Check.OVER_DELIVERY.name(), 0, 1)).as("each run is in the trail").singleElement().satisfies(e -> {
            assertThat(e.seq()).isGreaterThan(before);
            assertThat(e.action()).isEqualTo(AuditAction.READ);
        });
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> Beans.get(AuditChecks.class).run(Check.LATE_PAYMENTS)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void requestsAreCheckedForSplitOrdersBasisSelfApprovalAndBip() throws Exception {
        long line = TestBudget.freshLine("2000000.00");
        // Two below-threshold glove purchases of 2021 that together pass 130,000 PLN; an open procedure of the group stays out.
        RequestView first = approved(line, "Rękawice, część 1", Cpv.DISPOSABLE_GLOVES, "70000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 9, 1));
        RequestView second = approved(line, "Rękawice, część 2", Cpv.DISPOSABLE_GLOVES, "70000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 9, 20));
        RequestView open = approved(line, "Rękawice, przetarg", Cpv.DISPOSABLE_GLOVES, "500000.00", LegalBasis.OPEN_PROCEDURE, LocalDate.of(2021, 9, 5));
        assertThat(ids(Check.SPLIT_ORDERS, Subject.REQUEST)).contains(first.id(), second.id()).doesNotContain(open.id());

        // Below the threshold as asked, above it as signed; another stays below.
        RequestView grown = approved(line, "Fartuchy", Cpv.MEDICAL_CLOTHING, "90000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 10, 1));
        RequestView kept = approved(line, "Fartuchy, mniej", Cpv.MEDICAL_CLOTHING, "20000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 10, 1));
        contract(grown.id(), "35000", "4.00");
        contract(kept.id(), "5000", "4.00");
        assertThat(run(Check.LEGAL_BASIS_VALUE)).filteredOn(f -> f.recordId() == grown.id()).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly(Money.pln("140000.00"), Money.pln("130000.00"), "2021-10-01"));
        assertThat(ids(Check.LEGAL_BASIS_VALUE, Subject.REQUEST)).doesNotContain(kept.id());

        // The database refuses a self-approval on the request; one written into its history is still found.
        assertThat(ids(Check.SELF_APPROVAL, Subject.REQUEST)).doesNotContain(kept.id());
        TestCentres.update("INSERT INTO pr_request_event (id, request_id, status, actor, at, version) VALUES (?, ?, 'APPROVED', ?, CURRENT_TIMESTAMP, 0)",
                1_000_000_000L + kept.id(), kept.id(), TestCentres.queryString("SELECT requested_by FROM pr_request WHERE id = ?", kept.id()));
        assertThat(run(Check.SELF_APPROVAL)).filteredOn(f -> f.recordId() == kept.id()).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("it-procurement-clerk"));

        // COVID-19 act purchases: the demo's masks were never published; one published on time is not listed.
        Requests requests = Beans.get(Requests.class);
        RequestView published = TestBudget.approvedRequest(line, "Respiratory, opublikowane");
        Beans.get(AsProcurementClerk.class).call(() -> requests.recordBipPublication(published.id(), published.version(), LocalDate.of(2021, 3, 20)));
        List<Finding> bip = run(Check.LATE_BIP);
        assertThat(bip).extracting(Finding::recordId).doesNotContain(published.id());
        assertThat(bip).anySatisfy(f -> assertThat(f.detailKey()).isEqualTo("audit.check.LATE_BIP.BIP_PUBLICATION_MISSING"));
        // Apparatus delivered in 2021 and still in stock is idle; equipment that is not apparatus is not watched.
        ContractView apparatus = contract(TestBudget.approvedRequest(TestBudget.freshLine("900000.00", "MEDICAL_APPARATUS"),
                "Koncentratory tlenu").id(), "3", "4000.00");
        ContractView equipment = contract(TestBudget.approvedRequest(line, "Termometry").id(), "3", "4000.00");
        for (var c : List.of(apparatus, equipment)) {
            Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Deliveries.class).accept(c.id(),
                    new Deliveries.Acceptance("PO/I/" + c.id(), LocalDate.of(2021, 4, 20), "Jan Nowak", List.of(new BigDecimal("3")))));
        }
        List<Long> idle = ids(Check.IDLE_EQUIPMENT, Subject.CONTRACT);
        assertThat(idle).contains(apparatus.id()).doesNotContain(equipment.id());
    }

    @Test
    default void suppliersSharingABankAccountOrAnAddressAreFoundHoweverItIsWritten() throws Exception {
        Suppliers suppliers = Beans.get(Suppliers.class);
        String iban = freshIban();
        String street = "Wspólna " + UUID.randomUUID().toString().substring(0, 6);
        String spaced = iban.replaceAll("(.{4})", "$1 ").strip();
        long a = Beans.get(AsProcurementClerk.class).call(() -> suppliers.register(new SupplierDetails("Spółka A " + street,
                SuppliersTests.freshNip(), null, "ul. " + street + " 5, Kraków", iban))).id();
        long b = Beans.get(AsProcurementClerk.class).call(() -> suppliers.register(new SupplierDetails("Spółka B " + street,
                SuppliersTests.freshNip(), null, "Inna 1, Kraków", spaced))).id();
        long c = Beans.get(AsProcurementClerk.class).call(() -> suppliers.register(new SupplierDetails("Spółka C " + street,
                SuppliersTests.freshNip(), null, "UL " + street.toUpperCase() + "  5 KRAKÓW", freshIban()))).id();
        long d = Beans.get(AsProcurementClerk.class).call(() -> suppliers.register(new SupplierDetails("Spółka D " + street,
                SuppliersTests.freshNip(), null, "Osobna 9, Kraków", freshIban()))).id();

        List<Finding> found = run(Check.SHARED_SUPPLIER_DETAILS);
        assertThat(found).filteredOn(f -> f.recordId() == a).extracting(Finding::detailKey)
                .containsExactlyInAnyOrder("audit.check.SHARED_SUPPLIER_DETAILS.iban", "audit.check.SHARED_SUPPLIER_DETAILS.address");
        assertThat(found).filteredOn(f -> f.recordId() == b).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Spółka A " + street));
        assertThat(found).filteredOn(f -> f.recordId() == c).singleElement()
                .satisfies(f -> assertThat(f.detailKey()).isEqualTo("audit.check.SHARED_SUPPLIER_DETAILS.address"));
        assertThat(found).extracting(Finding::recordId).doesNotContain(d);
    }
}
