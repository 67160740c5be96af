package pl.citycare.healthsupport.domain.client;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Client CLIENT = Client.register("CPPP1", 1, "centre", new ClientFacts(
            Set.of(TargetGroup.DOMESTIC_VIOLENCE), AgeBand.UNKNOWN, null, TODAY, null, null), TODAY, (t, p) -> t);

    @Test
    void theBlueCardStepsComeInOrder() {
        Referral r = Referral.propose(CLIENT, ReferralKind.BLUE_CARD, null, TODAY.minusDays(3), "centre", TODAY);
        assertRule(() -> r.recordBlueCard(null, TODAY, null, TODAY), "sentToTeamOn", "health.referral.rule.formFirst");
        assertRule(() -> r.recordBlueCard(TODAY, TODAY.minusDays(1), null, TODAY), "sentToTeamOn",
                "health.referral.rule.sentBeforeForm");
        assertRule(() -> r.recordBlueCard(TODAY.minusDays(2), null, "ZI/12/2026", TODAY), "teamCaseReference",
                "health.referral.rule.referenceAfterSending");
        assertRule(() -> r.recordBlueCard(TODAY.plusDays(1), null, null, TODAY), "formCompletedOn",
                "health.referral.rule.dateInFuture");

        r.recordBlueCard(TODAY.minusDays(2), TODAY.minusDays(1), " ZI/12/2026 ", TODAY);
        assertThat(r.getTeamCaseReference()).hasValue("ZI/12/2026");
        assertThat(r.getSentToTeamOn()).hasValue(TODAY.minusDays(1));
    }

    @Test
    void onlyABlueCardReferralHasBlueCardStepsAndOtherSaysWhereTo() {
        Referral mops = Referral.propose(CLIENT, ReferralKind.SOCIAL_WELFARE_MOPS, null, TODAY, "centre", TODAY);
        assertRule(() -> mops.recordBlueCard(TODAY, null, null, TODAY), "formCompletedOn", "health.referral.rule.notBlueCard");
        assertRule(() -> Referral.propose(CLIENT, ReferralKind.OTHER, " ", TODAY, "centre", TODAY), "destination",
                "health.referral.rule.destinationRequired");
        assertRule(() -> Referral.propose(CLIENT, null, null, TODAY, "centre", TODAY), "kind", "health.referral.rule.kindRequired");
    }

    @Test
    void aReferralIsAcceptedOrDeclinedThenCompletedNeverBackwards() {
        Referral r = Referral.propose(CLIENT, ReferralKind.ADDICTION_THERAPY, null, TODAY.minusDays(5), "centre", TODAY);
        assertRule(() -> r.changeStatus(ReferralStatus.COMPLETED, TODAY, TODAY), "status", "health.referral.rule.statusNotAllowed");
        assertRule(() -> r.changeStatus(ReferralStatus.ACCEPTED, TODAY.minusDays(6), TODAY), "statusChangedOn",
                "health.referral.rule.statusDate");
        r.changeStatus(ReferralStatus.ACCEPTED, TODAY.minusDays(1), TODAY);
        r.changeStatus(ReferralStatus.COMPLETED, TODAY, TODAY);
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(r.getStatus().next()).isEmpty();
    }

    private static void assertRule(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
