package pl.citycare.procurement.domain.request;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcurementRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static ProcurementRequest request() {
        return ProcurementRequest.submit(" Respiratory transportowe ", Cpv.MEDICAL_DEVICES, 1L, Money.pln("120000.00"),
                LegalBasis.BELOW_NATIONAL_THRESHOLD, "buyer", NOW);
    }

    @Test
    void theRequesterNeverDecidesTheirOwnRequest() {
        ProcurementRequest r = request();
        assertRule(() -> r.approve("buyer", NOW), "decision", "procurement.request.rule.ownRequest");
        assertRule(() -> r.reject("buyer", "bo tak", NOW), "decision", "procurement.request.rule.ownRequest");
        r.approve("approver", NOW);
        assertThat(r.getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(r.getDecidedBy()).hasValue("approver");
        assertRule(() -> r.reject("other", "za późno", NOW), "decision", "procurement.request.rule.decided");
    }

    @Test
    void aRejectionNeedsAReasonAndARequestNeedsItsFacts() {
        assertRule(() -> request().reject("approver", " ", NOW), "reason", "procurement.request.rule.reason");
        assertRule(() -> ProcurementRequest.submit(" ", Cpv.MEDICAL_DEVICES, 1L, Money.pln("1.00"), LegalBasis.OPEN_PROCEDURE,
                "buyer", NOW), "subject", "procurement.request.rule.subject");
        assertRule(() -> ProcurementRequest.submit("X", Cpv.MEDICAL_DEVICES, 1L, Money.pln("0.00"), LegalBasis.OPEN_PROCEDURE,
                "buyer", NOW), "estimatedNet", "procurement.request.rule.value");
        assertRule(() -> ProcurementRequest.submit("X", null, 1L, Money.pln("1.00"), LegalBasis.OPEN_PROCEDURE,
                "buyer", NOW), "cpv", "procurement.request.rule.cpv");
        assertThat(request().getSubject()).isEqualTo("Respiratory transportowe");
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
