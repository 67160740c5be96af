package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Suppliers.SupplierView;
import pl.citycare.procurement.domain.supplier.SupplierDetails;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementApprover;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Suppliers inside Payara Micro: one per NIP, who may change them, every change audited. Runs in {@code CityCareIT}. */
public interface SuppliersTests {

    /** A NIP no other test uses: random digits with the right check digit. */
    static String freshNip() {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        var random = new Random();
        while (true) {
            var digits = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 1; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 < 10) {
                return digits.append(sum % 11).toString();
            }
        }
    }

    @Test
    default void aSecondSupplierWithTheSameNipIsRefusedPointingToTheFirst() throws Exception {
        Suppliers suppliers = Beans.get(Suppliers.class);
        AsProcurementClerk clerk = Beans.get(AsProcurementClerk.class);
        String nip = freshNip();
        SupplierView first = clerk.call(() -> suppliers.register(new SupplierDetails("Pierwszy", nip, null, "Adres 1", null)));

        String dashed = nip.substring(0, 3) + "-" + nip.substring(3, 6) + "-" + nip.substring(6, 8) + "-" + nip.substring(8);
        assertThatThrownBy(() -> clerk.call(() -> suppliers.register(new SupplierDetails("Drugi", dashed, null, "Adres 2", null))))
                .isInstanceOfSatisfying(Suppliers.DuplicateNip.class, d -> {
                    assertThat(d.existingId()).isEqualTo(first.id());
                    assertThat(d.field()).isEqualTo("nip");
                });
        assertThatThrownBy(() -> clerk.call(() -> suppliers.register(new SupplierDetails("Zły", "1234567890", null, "A", null))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("procurement.supplier.rule.nip"));
        assertThat(Beans.get(AsAuditor.class).call(() -> suppliers.search(nip, 0, 10))).extracting(SupplierView::id)
                .containsExactly(first.id());
    }

    @Test
    default void onlyTheClerkChangesSuppliersAndTheTrailHasBeforeAndAfter() throws Exception {
        Suppliers suppliers = Beans.get(Suppliers.class);
        AsProcurementClerk clerk = Beans.get(AsProcurementClerk.class);
        SupplierView created = clerk.call(() -> suppliers.register(new SupplierDetails("Stara Nazwa", freshNip(), null, "Adres", null)));
        SupplierView renamed = clerk.call(() -> suppliers.update(created.id(), created.version(),
                new SupplierDetails("Nowa Nazwa", created.details().nip(), null, "Adres", null)));
        assertThat(renamed.details().name()).isEqualTo("Nowa Nazwa");

        String change = new AuditEventQuery(Beans.dataSource()).newest("Supplier", String.valueOf(created.id()), 0, 1).get(0).changes();
        assertThat(change).contains("Stara Nazwa").contains("Nowa Nazwa");
        assertThatThrownBy(() -> Beans.get(AsProcurementApprover.class).call(() -> suppliers.register(
                new SupplierDetails("X", freshNip(), null, "A", null)))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> suppliers.update(renamed.id(), renamed.version(),
                renamed.details()))).isInstanceOf(EJBAccessException.class);
    }
}
