package pl.citycare.procurement.domain.contract;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.ValueEstimate;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.citycare.procurement.domain.contract.LineTermsTest.line;

class ContractTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate START = LocalDate.of(2021, 2, 10);

    private static ProcurementRequest approved() {
        ProcurementRequest request = ProcurementRequest.submit("Pulsoksymetry", Cpv.MEDICAL_DEVICES, 1L,
                new ValueEstimate(Money.pln("72000.00"), new BigDecimal("4.2693")), LegalBasis.BELOW_NATIONAL_THRESHOLD, START,
                "buyer", NOW);
        request.approve("approver", NOW);
        return request;
    }

    private static Contract contract(List<LineTerms> lines) {
        return Contract.sign("ZP/7/2021", approved(), 3L, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), lines,
                "buyer", NOW, TODAY);
    }

    @Test
    void anAmendmentIsANewVersionAndTheFirstStaysAsSigned() {
        Contract contract = contract(List.of(line("600", "100.00", VatRate.REDUCED_8)));
        assertThat(contract.current().getGrossTotal()).isEqualTo(Money.pln("64800.00"));

        ContractVersion amendment = contract.amend(LocalDate.of(2021, 4, 15), "Zwiększenie ilości o 100 szt.", LocalDate.of(2021, 5, 31),
                List.of(line("700", "100.00", VatRate.REDUCED_8), line("50", "20.00", VatRate.STANDARD)), "buyer", NOW, TODAY);

        assertThat(amendment.getNumber()).isEqualTo(2);
        assertThat(contract.getCurrentVersion()).isEqualTo(2);
        assertThat(contract.current().getGrossTotal()).isEqualTo(Money.pln("76830.00"));
        ContractVersion original = contract.getVersions().get(0);
        assertThat(original.getGrossTotal()).isEqualTo(Money.pln("64800.00"));
        assertThat(original.getLines()).singleElement().satisfies(l -> assertThat(l.terms().quantity()).isEqualByComparingTo("600"));
        assertThat(amendment.getLines()).extracting(ContractLine::getLineNo).containsExactly(1, 2);
    }

    @Test
    void aContractNeedsAnApprovedRequestAPlausibleDateAndItsLines() {
        var lines = List.of(line("1", "10.00", VatRate.STANDARD));
        ProcurementRequest submitted = ProcurementRequest.submit("X", Cpv.MEDICAL_DEVICES, 1L,
                new ValueEstimate(Money.pln("10.00"), BigDecimal.ONE), LegalBasis.OPEN_PROCEDURE, START, "buyer", NOW);
        assertRule(() -> Contract.sign("A/1", submitted, 1L, START, START, lines, "buyer", NOW, TODAY), "request");
        assertRule(() -> Contract.sign(" ", approved(), 1L, START, START, lines, "buyer", NOW, TODAY), "number");
        assertRule(() -> Contract.sign("A/1", approved(), 1L, START.minusDays(1), START, lines, "buyer", NOW, TODAY), "signedOn");
        assertRule(() -> Contract.sign("A/1", approved(), 1L, TODAY.plusDays(1), TODAY.plusDays(2), lines, "buyer", NOW, TODAY),
                "signedOn");
        assertRule(() -> Contract.sign("A/1", approved(), 1L, START, START.minusDays(1), lines, "buyer", NOW, TODAY), "termUntil");
        assertRule(() -> Contract.sign("A/1", approved(), 1L, START, START, List.of(), "buyer", NOW, TODAY), "lines");

        Contract contract = contract(List.of(line("1", "10.00", VatRate.STANDARD), line("2", "10.00", VatRate.STANDARD)));
        assertRule(() -> contract.amend(LocalDate.of(2021, 5, 1), " ", LocalDate.of(2021, 6, 1), lines, "buyer", NOW, TODAY), "reason");
        assertRule(() -> contract.amend(LocalDate.of(2021, 5, 1), "Rezygnacja z pozycji 2", LocalDate.of(2021, 6, 1), lines,
                "buyer", NOW, TODAY), "lines");
        assertRule(() -> contract.amend(LocalDate.of(2021, 2, 28), "Za wcześnie", LocalDate.of(2021, 6, 1), lines,
                "buyer", NOW, TODAY), "amendedOn");
        assertThat(contract.getVersions()).hasSize(1);
    }

    /** Property: for random lines, every total is the sum of its lines and gross = net + VAT, to the grosz. */
    @Test
    void totalsAreAlwaysTheSumsOfTheLines() {
        Random random = new Random(20211);
        for (int run = 0; run < 2_000; run++) {
            List<LineTerms> lines = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                String quantity = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4)).toPlainString();
                String price = BigDecimal.valueOf(1 + random.nextInt(5_000_000), 2).toPlainString();
                lines.add(line(quantity, price, VatRate.values()[random.nextInt(VatRate.values().length)]));
            }
            ContractVersion version = contract(lines).current();
            Money net = version.getLines().stream().map(ContractLine::getNet).reduce(Money.zero(Money.PLN), Money::plus);
            Money vat = version.getLines().stream().map(ContractLine::getVat).reduce(Money.zero(Money.PLN), Money::plus);
            Money gross = version.getLines().stream().map(ContractLine::getGross).reduce(Money.zero(Money.PLN), Money::plus);
            assertThat(version.getNetTotal()).isEqualTo(net);
            assertThat(version.getVatTotal()).isEqualTo(vat);
            assertThat(version.getGrossTotal()).isEqualTo(gross).isEqualTo(net.plus(vat));
            version.getLines().forEach(l -> assertThat(l.getGross()).isEqualTo(l.getNet().plus(l.getVat())));
        }
    }

    private static void assertRule(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
    }
}
