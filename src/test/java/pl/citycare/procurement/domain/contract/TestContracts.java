package pl.citycare.procurement.domain.contract;

import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.ProcurementRequest;
import pl.citycare.procurement.domain.request.ValueEstimate;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A signed contract for the delivery and invoice tests. */
public final class TestContracts {

    public static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final LocalDate SIGNED = LocalDate.of(2021, 3, 1);

    private TestContracts() {
    }

    /** 100 masks at 5.00 (8 %) and 40 goggles at 12.00 (23 %), signed 2021-03-01: 540.00 + 590.40 = 1,130.40 gross. */
    public static Contract masksAndGoggles() {
        ProcurementRequest request = ProcurementRequest.submit("Środki ochrony", Cpv.PROTECTIVE_GEAR, 1L,
                new ValueEstimate(Money.pln("1000.00"), new BigDecimal("4.2693")), LegalBasis.COVID_EXEMPTION,
                LocalDate.of(2021, 2, 1), "buyer", NOW);
        request.approve("approver", NOW);
        return Contract.sign("ZP/1/2021", request, 1L, SIGNED, LocalDate.of(2021, 6, 30), List.of(
                new LineTerms("Maska FFP2", Cpv.PROTECTIVE_GEAR, new BigDecimal("100"), "szt.", Money.pln("5.00"), VatRate.REDUCED_8),
                new LineTerms("Gogle", Cpv.PROTECTIVE_GEAR, new BigDecimal("40"), "szt.", Money.pln("12.00"), VatRate.STANDARD)),
                "buyer", NOW, TODAY);
    }
}
