package pl.citycare.procurement.demo;

import org.junit.jupiter.api.Test;
import pl.citycare.procurement.domain.supplier.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class ProcurementDemoDataTest {

    /** The demo start would fail on one bad check digit; this says which. */
    @Test
    void everyDemoSupplierPassesTheSupplierRulesAndHasItsOwnNip() {
        assertThat(ProcurementDemoData.SUPPLIERS).hasSize(12).allSatisfy(Supplier::register);
        assertThat(ProcurementDemoData.SUPPLIERS.stream().map(s -> s.nip()).distinct()).hasSize(12);
    }
}
