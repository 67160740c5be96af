package pl.citycare.procurement.domain.invoice;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.contract.Contract;
import pl.citycare.procurement.domain.contract.TestContracts;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** 100 × 5.00 at 8 % + 40 × 12.00 at 23 % = 540.00 + 590.40 = 1,130.40 gross. */
    private static Contract contract() {
        return TestContracts.masksAndGoggles();
    }

    private static Invoice invoice(String net, String vat, String before) {
        return Invoice.receive(contract(), "FV/1/2021", LocalDate.of(2021, 3, 10), LocalDate.of(2021, 4, 9), Money.pln(net),
                Money.pln(vat), Money.pln(before), "buyer", NOW, TODAY);
    }

    @Test
    void invoicesOfAContractNeverExceedItsGross() {
        assertThat(invoice("1000.00", "130.40", "0.00").getGross()).isEqualTo(Money.pln("1130.40"));
        assertThat(invoice("500.00", "40.00", "590.40").getGross()).isEqualTo(Money.pln("540.00"));
        assertRule(() -> invoice("500.00", "40.01", "590.40"), "net", "procurement.invoice.rule.aboveContract");
    }

    @Test
    void anInvoiceDatedInTheFutureOrBeforeTheContractIsRefusedAndPaymentFollowsIssue() {
        assertRule(() -> Invoice.receive(contract(), "FV/1", TODAY.plusDays(1), TODAY.plusDays(30), Money.pln("1.00"),
                Money.pln("0.23"), Money.pln("0"), "buyer", NOW, TODAY), "issuedOn", "procurement.invoice.rule.issuedInFuture");
        assertRule(() -> Invoice.receive(contract(), "FV/1", LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 30),
                Money.pln("1.00"), Money.pln("0.23"), Money.pln("0"), "buyer", NOW, TODAY), "issuedOn",
                "procurement.invoice.rule.issuedBeforeContract");
        assertRule(() -> Invoice.receive(contract(), "FV/1", LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 9),
                Money.pln("1.00"), Money.pln("0.23"), Money.pln("0"), "buyer", NOW, TODAY), "dueOn", "procurement.invoice.rule.dueOn");
        assertRule(() -> invoice("-1.00", "0.00", "0.00"), "net", "procurement.invoice.rule.net");
        assertRule(() -> invoice("10.00", "10.01", "0.00"), "vat", "procurement.invoice.rule.vat");

        Invoice invoice = invoice("100.00", "8.00", "0.00");
        assertThat(invoice.isOverdue(LocalDate.of(2021, 4, 9))).isFalse();
        assertThat(invoice.isOverdue(LocalDate.of(2021, 4, 10))).isTrue();
        assertRule(() -> invoice.pay(LocalDate.of(2021, 3, 9), TODAY), "paidOn", "procurement.invoice.rule.paidOn");
        assertRule(() -> invoice.pay(TODAY.plusDays(1), TODAY), "paidOn", "procurement.invoice.rule.paidOn");
        invoice.pay(LocalDate.of(2021, 4, 20), TODAY);
        assertThat(invoice.isOverdue(TODAY)).as("paid, late but paid").isFalse();
        assertRule(() -> invoice.pay(LocalDate.of(2021, 4, 21), TODAY), "paidOn", "procurement.invoice.rule.alreadyPaid");
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
