package pl.citycare.healthsupport.domain.client;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static ClientFacts facts(LocalDate consent, String name, String phone, TargetGroup... groups) {
        return new ClientFacts(Set.of(groups), AgeBand.FROM_18_TO_25, null, consent, name, phone);
    }

    @Test
    void theCodeNamesCentreYearAndAFiveDigitNumber() {
        Client client = Client.register("CPPP2", 42, "centre", facts(TODAY, null, null, TargetGroup.ADDICTION), TODAY,
                (text, purpose) -> text);
        assertThat(client.getCode()).isEqualTo("CPPP2-2026-00042");
        assertThat(client.getLastContactOn()).isEqualTo(TODAY);
    }

    @Test
    void nameAndPhoneReachTheEntityOnlySealedForTheirOwnPurpose() {
        Map<String, String> sealedFor = new HashMap<>();
        Client client = Client.register("CPPP1", 1, "centre", facts(TODAY, "  Ala  ", "+48 600 000 000",
                TargetGroup.FAMILY_CONFLICT), TODAY, (text, purpose) -> {
            if (text != null) {
                sealedFor.put(purpose, text);
            }
            return text == null ? null : "sealed:" + purpose;
        });
        assertThat(sealedFor).containsEntry(Client.NAME_PURPOSE, "Ala").containsEntry(Client.PHONE_PURPOSE, "+48 600 000 000");
        assertThat(client.getNameSealed()).hasValue("sealed:" + Client.NAME_PURPOSE);
        assertThat(client.auditState()).containsEntry("nameHeld", true).containsEntry("phoneHeld", true)
                .doesNotContainValue("Ala").doesNotContainValue("sealed:" + Client.NAME_PURPOSE);
    }

    @Test
    void intakeNeedsATargetGroupAndAConsentDateThatIsNotInTheFuture() {
        assertRule(facts(TODAY, null, null), "targetGroups", "health.client.rule.targetGroupRequired");
        assertRule(facts(null, null, null, TargetGroup.OTHER_CRISIS), "consentGivenOn", "health.client.rule.consentRequired");
        assertRule(facts(TODAY.plusDays(1), null, null, TargetGroup.OTHER_CRISIS), "consentGivenOn",
                "health.client.rule.consentInFuture");
        assertRule(facts(TODAY, "x".repeat(121), null, TargetGroup.OTHER_CRISIS), "name", "health.client.rule.nameTooLong");
        assertRule(facts(TODAY, null, "12", TargetGroup.OTHER_CRISIS), "phone", "health.client.rule.phoneFormat");
        assertRule(new ClientFacts(Set.of(TargetGroup.ADDICTION), null, null, TODAY, null, null), "ageBand",
                "health.client.rule.ageBandRequired");
    }

    private static void assertRule(ClientFacts facts, String field, String key) {
        assertThatThrownBy(() -> Client.register("CPPP1", 1, "centre", facts, TODAY, (t, p) -> t))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                });
    }
}
