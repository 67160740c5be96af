package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Contracts.ContractView;
import pl.citycare.procurement.application.Contracts.LineInput;
import pl.citycare.procurement.application.Contracts.Signing;
import pl.citycare.procurement.application.ProcurementRegister.Filter;
import pl.citycare.procurement.application.ProcurementRegister.Row;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestBudget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The auditor's procurement register: each filter in the database, words in subjects and contract items. Runs in {@code CityCareIT}. */
public interface ProcurementRegisterTests {

    private static List<Row> search(Filter filter) throws Exception {
        return Beans.get(AsAuditor.class).call(() -> Beans.get(ProcurementRegister.class).search(filter, 0, 100));
    }

    private static Filter words(String text) {
        return new Filter(null, null, null, null, null, null, null, null, text);
    }

    @Test
    default void everyFilterNarrowsTheRegisterInTheDatabase() throws Exception {
        String word = "Zx" + UUID.randomUUID().toString().substring(0, 8);
        RequestView request = TestBudget.approvedRequest(TestBudget.freshLine("900000.00"), "Respiratory transportowe " + word);
        var supplier = Beans.get(AsAuditor.class).call(() -> Beans.get(Contracts.class).suppliers()).get(1);
        ContractView contract = Beans.get(AsProcurementClerk.class).call(() -> Beans.get(Contracts.class).sign(new Signing(request.id(),
                supplier.id(), "IT/R/" + word, LocalDate.of(2021, 3, 10), LocalDate.of(2021, 6, 30),
                List.of(new LineInput("Ssak elektryczny " + word + "_item", Cpv.MEDICAL_DEVICES, new BigDecimal("2"), "szt.",
                        new BigDecimal("1000.00"), 8)))));

        assertThat(search(words(word.toUpperCase()))).as("subject, case aside").singleElement().satisfies(r -> {
            assertThat(r.requestId()).isEqualTo(request.id());
            assertThat(r.contracts()).singleElement().satisfies(c -> {
                assertThat(c.number()).isEqualTo(contract.number());
                assertThat(c.gross().amount()).isEqualByComparingTo("2160.00");
            });
        });
        assertThat(search(words(word + "_item"))).as("a contract line's item; _ is no wildcard").extracting(Row::requestId)
                .containsExactly(request.id());
        assertThat(search(words(word + "%item"))).as("% typed is a percent sign").isEmpty();

        Filter mine = words(word);
        assertThat(search(new Filter(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1), supplier.nip(), Cpv.MEDICAL_DEVICES,
                LegalBasis.COVID_EXEMPTION, RequestStatus.APPROVED, new BigDecimal("50000.00"), new BigDecimal("50000.00"), word)))
                .as("every filter that fits").hasSize(1);
        for (Filter miss : List.of(
                new Filter(LocalDate.of(2021, 3, 2), null, null, null, null, null, null, null, word),
                new Filter(null, LocalDate.of(2021, 2, 28), null, null, null, null, null, null, word),
                new Filter(null, null, "no such supplier", null, null, null, null, null, word),
                new Filter(null, null, null, Cpv.DISPOSABLE_GLOVES, null, null, null, null, word),
                new Filter(null, null, null, null, LegalBasis.OPEN_PROCEDURE, null, null, null, word),
                new Filter(null, null, null, null, null, RequestStatus.REJECTED, null, null, word),
                new Filter(null, null, null, null, null, null, new BigDecimal("50000.01"), null, word),
                new Filter(null, null, null, null, null, null, null, new BigDecimal("49999.99"), word))) {
            assertThat(search(miss)).as(miss.toString()).isEmpty();
        }
        assertThat(Beans.get(AsAuditor.class).call(() -> Beans.get(ProcurementRegister.class).count(mine))).isEqualTo(1);
        assertThat(Beans.get(AsAuditor.class).call(() -> Beans.get(ProcurementRegister.class).count(Filter.none())))
                .as("the demo's and every test's requests").isGreaterThan(5);
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> Beans.get(ProcurementRegister.class).count(mine)))
                .isInstanceOf(EJBAccessException.class);
    }
}
