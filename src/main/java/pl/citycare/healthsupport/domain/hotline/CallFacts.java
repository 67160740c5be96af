package pl.citycare.healthsupport.domain.hotline;

import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.PhoneNumbers;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.Set;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * What the psychologist writes down about a call, before it becomes a {@link HotlineCall} (and, when a
 * callback is agreed, a {@link Callback} promised for {@code callbackAt}). {@link #check}
 * holds the hotline's rules in one place, so the form and any other way in apply the same ones.
 */
public record CallFacts(Instant startedAt, int durationMinutes, ContactType contactType, District district,
                        AgeBand ageBand, Set<CallReason> reasons, RiskLevel riskLevel, CallOutcome outcome,
                        EmergencyAction emergencyAction, Instant emergencyActionAt, String summary,
                        String callerFirstName, String callerPhone, Instant callbackAt) {

    public CallFacts {
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }

    /** @throws RuleViolation for the first rule broken, naming its field */
    void check(Instant now) {
        require(startedAt != null, "startedAt", "health.call.rule.startRequired");
        require(!startedAt.isAfter(now.plus(HotlineCall.CLOCK_SKEW)), "startedAt", "health.call.rule.startInFuture");
        require(durationMinutes >= 0 && durationMinutes <= HotlineCall.MAX_MINUTES, "duration",
                "health.call.rule.duration");
        require(contactType != null, "contactType", "health.call.rule.contactTypeRequired");
        require(ageBand != null, "ageBand", "health.call.rule.ageBandRequired");
        require(riskLevel != null, "riskLevel", "health.call.rule.riskRequired");
        require(outcome != null, "outcome", "health.call.rule.outcomeRequired");
        if (riskLevel == RiskLevel.IMMINENT) {
            require(emergencyAction != null, "emergencyAction", "health.call.rule.imminentNeedsAction");
            require(emergencyActionAt != null, "emergencyActionAt", "health.call.rule.imminentNeedsActionTime");
            require(!emergencyActionAt.isBefore(startedAt) && !emergencyActionAt.isAfter(now.plus(HotlineCall.CLOCK_SKEW)),
                    "emergencyActionAt", "health.call.rule.actionTimeOutsideCall");
        }
        boolean callback = outcome == CallOutcome.CALLBACK_AGREED;
        require(!callback || !blank(callerPhone), "callerPhone", "health.call.rule.callbackNeedsPhone");
        require(callback || (blank(callerPhone) && blank(callerFirstName)), "callerPhone",
                "health.call.rule.anonymousUnlessCallback");
        require(!callback || callbackAt != null, "callbackAt", "health.call.rule.callbackNeedsTime");
        require(callbackAt == null || (callback && callbackAt.isAfter(startedAt)), "callbackAt",
                "health.call.rule.callbackTime");
        require(blank(callerPhone) || PhoneNumbers.isWellFormed(callerPhone), "callerPhone",
                "health.call.rule.phoneFormat");
        require(summary == null || summary.length() <= 4000, "summary", "health.call.rule.summaryTooLong");
    }


    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
