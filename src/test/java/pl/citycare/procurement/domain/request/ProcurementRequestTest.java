package pl.citycare.procurement.domain.request;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcurementRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2020, 4, 1);
    private static final BigDecimal RATE = new BigDecimal("4.2693");

    private static ProcurementRequest request() {
        return submit(" Respiratory transportowe ", Cpv.RESPIRATORY_DEVICES, "120000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD);
    }

    private static ProcurementRequest submit(String subject, Cpv cpv, String net, LegalBasis basis) {
        return ProcurementRequest.submit(subject, cpv, 1L, new ValueEstimate(Money.pln(net), RATE), basis, START, "buyer", NOW);
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
        assertRule(() -> submit(" ", Cpv.MEDICAL_DEVICES, "1.00", LegalBasis.OPEN_PROCEDURE), "subject",
                "procurement.request.rule.subject");
        assertRule(() -> submit("X", Cpv.MEDICAL_DEVICES, "0.00", LegalBasis.OPEN_PROCEDURE), "estimatedNet",
                "procurement.request.rule.value");
        assertRule(() -> submit("X", null, "1.00", LegalBasis.OPEN_PROCEDURE), "cpv", "procurement.request.rule.cpv");
        assertRule(() -> new ValueEstimate(Money.pln("10.00"), new BigDecimal("4.26931")), "eurRate",
                "procurement.request.rule.rate");
        assertRule(() -> new ValueEstimate(Money.pln("10.00"), new BigDecimal("426.93")), "eurRate",
                "procurement.request.rule.rate");
        assertRule(() -> ProcurementRequest.submit("X", Cpv.MEDICAL_DEVICES, 1L, new ValueEstimate(Money.pln("1.00"), RATE),
                LegalBasis.OPEN_PROCEDURE, LocalDate.of(2028, 1, 1), "buyer", NOW), "startDate", "procurement.request.rule.startDate");
        assertThat(request().getSubject()).isEqualTo("Respiratory transportowe");
    }

    @Test
    void theValueInEuroIsTheNetAtTheStatedRateRoundedToTheCent() {
        ValueEstimate estimate = new ValueEstimate(Money.pln("128079.00"), RATE);
        assertThat(estimate.inEuro().amount()).isEqualByComparingTo("30000.00");
        assertThat(new ValueEstimate(Money.pln("100.00"), new BigDecimal("3")).inEuro().amount()).isEqualByComparingTo("33.33");
        assertThat(new ValueEstimate(Money.pln("200.00"), new BigDecimal("3")).inEuro().amount()).isEqualByComparingTo("66.67");
    }

    /** A COVID-19 act purchase is published in BIP within the days allowed; missing or late, it is flagged. */
    @Test
    void aCovidActPurchaseIsFlaggedWhenItsBipPublicationIsMissingOrLate() {
        ProcurementRequest covid = submit("Maseczki FFP2", Cpv.PROTECTIVE_GEAR, "250000.00", LegalBasis.COVID_EXEMPTION);
        assertThat(covid.bipDueOn(30)).hasValue(LocalDate.of(2020, 5, 1));
        assertThat(covid.bipFlag(LocalDate.of(2020, 5, 1), 30)).isEmpty();
        assertThat(covid.bipFlag(LocalDate.of(2020, 5, 2), 30)).hasValue(Flag.BIP_PUBLICATION_MISSING);
        assertRule(() -> covid.recordBipPublication(LocalDate.of(2020, 3, 31), LocalDate.of(2020, 6, 1)), "bipPublishedOn",
                "procurement.request.rule.bipDate");
        assertRule(() -> covid.recordBipPublication(LocalDate.of(2020, 6, 2), LocalDate.of(2020, 6, 1)), "bipPublishedOn",
                "procurement.request.rule.bipDate");
        covid.recordBipPublication(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 6, 1));
        assertThat(covid.bipFlag(LocalDate.of(2020, 6, 1), 30)).isEmpty();
        covid.recordBipPublication(LocalDate.of(2020, 5, 20), LocalDate.of(2020, 6, 1));
        assertThat(covid.bipFlag(LocalDate.of(2020, 6, 1), 30)).hasValue(Flag.BIP_PUBLICATION_LATE);

        ProcurementRequest below = request();
        assertThat(below.bipDueOn(30)).isEmpty();
        assertRule(() -> below.recordBipPublication(LocalDate.of(2020, 4, 2), LocalDate.of(2020, 6, 1)), "bipPublishedOn",
                "procurement.request.rule.bipNotCovid");
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
