package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.application.Deliveries.Acceptance;
import pl.citycare.procurement.application.Distributions.DistributionView;
import pl.citycare.procurement.application.Distributions.Handover;
import pl.citycare.procurement.domain.distribution.RecipientKind;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.shared.application.Rejected;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.RecordedHandOvers;
import pl.citycare.support.TestBudget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-overs inside Payara Micro: stock never below zero, apparatus idle until confirmed in use, and the
 * event other contexts observe when equipment goes to a test site or an aid centre. Runs in {@code CityCareIT}.
 */
public interface DistributionsTests {

    @Test
    default void apparatusHandedToAnAidCentreIsPublishedAndIdleUntilConfirmedInUse() throws Exception {
        long lineId = TestBudget.freshLine("500000.00", "MEDICAL_APPARATUS");
        long request = TestBudget.approvedRequest(lineId, "Kardiomonitory dla centrów").id();
        long supplier = Beans.get(AsAuditor.class).call(() -> Beans.get(Contracts.class).suppliers()).get(0).id();
        ContractView contract = Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Contracts.class).sign(new Signing(request,
                supplier, "IT/P/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 30),
                List.of(new LineInput("Kardiomonitor", Cpv.PATIENT_MONITORING, new BigDecimal("3"), "szt.", new BigDecimal("20000.00"), 8)))));
        Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Deliveries.class).accept(contract.id(), new Acceptance("PO/P1",
                LocalDate.of(2021, 4, 1), "Jan Nowak", List.of(new BigDecimal("3")))));
        Distributions distributions = Beans.get(Distributions.class);
        String centre = "CPPP-IT " + contract.id();

        DistributionView handed = Beans.get(AsProcurementClerk.class).call(() -> distributions.handOver(contract.id(),
                new Handover(0, RecipientKind.AID_CENTRE, centre, new BigDecimal("2"), LocalDate.of(2021, 4, 2))));

        assertThat(Beans.get(RecordedHandOvers.class).seen()).anySatisfy(event -> {
            assertThat(event.destination()).isEqualTo(EquipmentHandedOver.Destination.AID_CENTRE);
            assertThat(event.recipientName()).isEqualTo(centre);
            assertThat(event.item()).isEqualTo("Kardiomonitor");
            assertThat(event.quantity()).isEqualByComparingTo("2");
        });
        assertThat(handed.apparatus()).isTrue();
        assertThat(handed.idle()).as("handed over in 2021, never confirmed in use").isTrue();
        assertThat(Beans.get(AsAuditor.class).call(distributions::idle)).filteredOn(i -> i.contractId() == contract.id())
                .extracting(Distributions.IdleEquipment::inStock).containsExactlyInAnyOrder(true, false);

        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> distributions.handOver(contract.id(),
                new Handover(0, RecipientKind.HOSPITAL, "Szpital", new BigDecimal("2"), LocalDate.of(2021, 4, 3)))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("procurement.distribution.rule.aboveStock"));
        Beans.get(AsProcurementClerk.class).call(() -> distributions.handOver(contract.id(),
                new Handover(0, RecipientKind.HOSPITAL, "Szpital", new BigDecimal("1"), LocalDate.of(2021, 4, 3))));
        assertThat(Beans.get(AsAuditor.class).call(() -> distributions.stock(contract.id()))).singleElement()
                .satisfies(s -> assertThat(s.inStock()).isEqualByComparingTo("0"));

        DistributionView inUse = Beans.get(AsProcurementClerk.class).call(() -> distributions.confirmInUse(handed.id(), handed.version(),
                LocalDate.of(2021, 4, 5)));
        assertThat(inUse.idle()).isFalse();
        assertThat(Beans.get(AsAuditor.class).call(distributions::idle)).filteredOn(i -> i.contractId() == contract.id())
                .singleElement().satisfies(i -> assertThat(i.recipientName()).isEqualTo("Szpital"));
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> distributions.handOver(contract.id(),
                new Handover(0, RecipientKind.HOSPITAL, "Szpital", BigDecimal.ONE, LocalDate.of(2021, 4, 3)))))
                .isInstanceOf(EJBAccessException.class);
    }
}
