package pl.citycare.procurement.domain.supplier;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplierTest {

    private static SupplierDetails valid() {
        return new SupplierDetails(" Medi-Tech ", "526-018-15-96", "083016611", "ul. Przykładowa 10, Warszawa",
                "PL04 3186 0913 9099 6030 8246 2819");
    }

    @Test
    void identifiersAreKeptInTheirNormalForm() {
        Supplier supplier = Supplier.register(valid());
        assertThat(supplier.getName()).isEqualTo("Medi-Tech");
        assertThat(supplier.getNip()).isEqualTo("5260181596");
        assertThat(supplier.getIban()).hasValue("PL04318609139099603082462819");
        assertThat(supplier.details().iban()).isEqualTo("PL04 3186 0913 9099 6030 8246 2819");
    }

    @Test
    void aWrongCheckDigitIsRefusedBesideItsField() {
        assertField(new SupplierDetails("A", "5260181597", null, "Adres", null), "nip");
        assertField(new SupplierDetails("A", "5260181596", "083016612", "Adres", null), "regon");
        assertField(new SupplierDetails("A", "5260181596", null, "Adres", "PL05318609139099603082462819"), "iban");
        assertField(new SupplierDetails(" ", "5260181596", null, "Adres", null), "name");
        assertField(new SupplierDetails("A", "5260181596", null, "", null), "address");
        assertThat(Supplier.register(new SupplierDetails("A", "5260181596", " ", "Adres", "")).getRegon()).isEmpty();
    }

    private static void assertField(SupplierDetails details, String field) {
        assertThatThrownBy(() -> Supplier.register(details)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.field()).isEqualTo(field));
    }
}
