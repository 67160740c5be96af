package pl.citycare.healthsupport.domain.hotline;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallFactsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T20:15:00Z");
    private static final Instant STARTED = NOW.minus(Duration.ofMinutes(25));

    private static CallFacts facts(RiskLevel risk, EmergencyAction action, Instant actionAt, CallOutcome outcome,
                                   String firstName, String phone) {
        return new CallFacts(STARTED, 20, ContactType.COUNSELLING, District.NOWA_HUTA, AgeBand.FROM_18_TO_25,
                Set.of(CallReason.LONELINESS), risk, outcome, action, actionAt, "summary", firstName, phone,
                outcome == CallOutcome.CALLBACK_AGREED ? STARTED.plus(Duration.ofHours(2)) : null);
    }

    private static void assertRefused(CallFacts facts, String field, String key) {
        assertThatThrownBy(() -> HotlineCall.log("psy", facts, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void anAnonymousCounsellingCallIsLogged() {
        HotlineCall call = HotlineCall.log("psy", facts(RiskLevel.LOW, null, null, CallOutcome.CONSULTATION_GIVEN, null, " "), NOW);

        assertThat(call.getPsychologist()).isEqualTo("psy");
        assertThat(call.getCallerPhone()).isEmpty();
        assertThat(call.getReasons()).containsExactly(CallReason.LONELINESS);
    }

    @Test
    void imminentRiskNeedsTheActionTakenAndItsTime() {
        assertRefused(facts(RiskLevel.IMMINENT, null, null, CallOutcome.REFERRED_TO_EMERGENCY, null, null),
                "emergencyAction", "health.call.rule.imminentNeedsAction");
        assertRefused(facts(RiskLevel.IMMINENT, EmergencyAction.EMERGENCY_112_CALLED, null,
                CallOutcome.REFERRED_TO_EMERGENCY, null, null), "emergencyActionAt", "health.call.rule.imminentNeedsActionTime");
        assertRefused(facts(RiskLevel.IMMINENT, EmergencyAction.EMERGENCY_112_CALLED, STARTED.minusSeconds(60),
                CallOutcome.REFERRED_TO_EMERGENCY, null, null), "emergencyActionAt", "health.call.rule.actionTimeOutsideCall");
        assertThatCode(() -> HotlineCall.log("psy", facts(RiskLevel.IMMINENT, EmergencyAction.EMERGENCY_112_CALLED,
                STARTED.plusSeconds(300), CallOutcome.REFERRED_TO_EMERGENCY, null, null), NOW)).doesNotThrowAnyException();
    }

    @Test
    void theCallerStaysAnonymousUnlessACallbackIsAgreed() {
        assertRefused(facts(RiskLevel.NONE, null, null, CallOutcome.CONSULTATION_GIVEN, "Anna", null),
                "callerPhone", "health.call.rule.anonymousUnlessCallback");
        assertRefused(facts(RiskLevel.NONE, null, null, CallOutcome.CALLBACK_AGREED, "Anna", ""),
                "callerPhone", "health.call.rule.callbackNeedsPhone");
        assertRefused(facts(RiskLevel.NONE, null, null, CallOutcome.CALLBACK_AGREED, "Anna", "call me"),
                "callerPhone", "health.call.rule.phoneFormat");
        HotlineCall callback = HotlineCall.log("psy", facts(RiskLevel.NONE, null, null, CallOutcome.CALLBACK_AGREED,
                " Anna ", "+48 600 100 200"), NOW);
        assertThat(callback.getCallerFirstName()).hasValue("Anna");
    }

    @Test
    void aCallbackHasATimeAfterTheCallAndOnlyWhenAgreed() {
        var noTime = new CallFacts(STARTED, 5, ContactType.COUNSELLING, null, AgeBand.UNKNOWN, Set.of(), RiskLevel.NONE,
                CallOutcome.CALLBACK_AGREED, null, null, null, "Anna", "600 100 200", null);
        assertRefused(noTime, "callbackAt", "health.call.rule.callbackNeedsTime");
        var before = new CallFacts(STARTED, 5, ContactType.COUNSELLING, null, AgeBand.UNKNOWN, Set.of(), RiskLevel.NONE,
                CallOutcome.CALLBACK_AGREED, null, null, null, "Anna", "600 100 200", STARTED.minusSeconds(60));
        assertRefused(before, "callbackAt", "health.call.rule.callbackTime");
        var notAgreed = new CallFacts(STARTED, 5, ContactType.COUNSELLING, null, AgeBand.UNKNOWN, Set.of(), RiskLevel.NONE,
                CallOutcome.CONSULTATION_GIVEN, null, null, null, null, null, NOW);
        assertRefused(notAgreed, "callbackAt", "health.call.rule.callbackTime");
    }

    @Test
    void aCallbackIsGivenUpAfterThreeFailedAttempts() {
        HotlineCall call = HotlineCall.log("psy", facts(RiskLevel.NONE, null, null, CallOutcome.CALLBACK_AGREED,
                "Anna", "+48 600 100 200"), NOW);
        var callback = new Callback(call, NOW.minusSeconds(60));
        assertThat(callback.isOverdueAt(NOW)).isTrue();

        assertThat(callback.failedAttempt("psy", NOW)).isFalse();
        assertThat(callback.failedAttempt("psy2", NOW)).isFalse();
        assertThat(callback.failedAttempt("psy", NOW)).isTrue();

        assertThat(callback.getStatus()).isEqualTo(Callback.Status.UNREACHED);
        assertThat(callback.isOverdueAt(NOW)).as("a closed callback is no longer overdue").isFalse();
        assertThat(callback.getClosedBy()).hasValue("psy");
        assertThatThrownBy(() -> callback.done("psy", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCallCannotStartInTheFutureOrLastForDays() {
        var future = new CallFacts(NOW.plus(Duration.ofHours(1)), 5, ContactType.SILENT_CALL, null, AgeBand.UNKNOWN,
                Set.of(), RiskLevel.NONE, CallOutcome.INFORMATION_ONLY, null, null, null, null, null, null);
        assertRefused(future, "startedAt", "health.call.rule.startInFuture");
        var endless = new CallFacts(STARTED, 601, ContactType.SILENT_CALL, null, AgeBand.UNKNOWN, Set.of(),
                RiskLevel.NONE, CallOutcome.INFORMATION_ONLY, null, null, null, null, null, null);
        assertRefused(endless, "duration", "health.call.rule.duration");
    }

    @Test
    void theTrailRecordsThatThereIsASummaryAndContactNeverWhatTheySay() {
        HotlineCall call = HotlineCall.log("psy", facts(RiskLevel.NONE, null, null, CallOutcome.CALLBACK_AGREED,
                "Anna", "+48 600 100 200"), NOW);

        assertThat(call.auditState()).containsEntry("summaryWritten", true).containsEntry("callerContactGiven", true)
                .doesNotContainValue("Anna").doesNotContainValue("+48 600 100 200").doesNotContainValue("summary");
    }
}
