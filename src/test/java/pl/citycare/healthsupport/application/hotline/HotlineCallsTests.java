package pl.citycare.healthsupport.application.hotline;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.hotline.CallFacts;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.CallReason;
import pl.citycare.healthsupport.domain.hotline.CallerLink;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.healthsupport.domain.hotline.EmergencyAction;
import pl.citycare.healthsupport.domain.hotline.HotlineCall;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsHotlinePsychologist;
import pl.citycare.support.Beans;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logging hotline calls inside Payara Micro: rules, who may, what the trail keeps. Runs in {@code CityCareIT}. */
public interface HotlineCallsTests {

    private HotlineCalls calls() {
        return Beans.get(HotlineCalls.class);
    }

    private static CallFacts imminent(EmergencyAction action, String summary) {
        Instant started = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        return new CallFacts(started, 25, ContactType.COUNSELLING, District.BIENCZYCE, AgeBand.FROM_13_TO_17,
                Set.of(CallReason.SUICIDAL_THOUGHTS, CallReason.LONELINESS), RiskLevel.IMMINENT,
                CallOutcome.REFERRED_TO_EMERGENCY, action, action == null ? null : started.plus(10, ChronoUnit.MINUTES),
                summary, null, null, null);
    }

    @Test
    default void anImminentRiskCallIsLoggedOnlyWithTheActionTakenAndItsSummaryStaysOutOfTheTrail() throws Exception {
        String summary = "Rozmówca mówi o zamiarze; " + UUID.randomUUID();
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);

        assertThatThrownBy(() -> psychologist.call(() -> calls().log(imminent(null, summary))))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.field()).isEqualTo("emergencyAction");
                    assertThat(r.messageKey()).isEqualTo("health.call.rule.imminentNeedsAction");
                });
        long number = psychologist.call(() -> calls().log(imminent(EmergencyAction.EMERGENCY_112_CALLED, summary)));

        HotlineCall logged = psychologist.call(() -> calls().myRecentCalls(5)).get(0);
        assertThat(logged.getId()).isEqualTo(number);
        assertThat(logged.getPsychologist()).isEqualTo("it-hotline-psychologist");
        assertThat(logged.getSummary()).hasValue(summary);
        assertThat(logged.getReasons()).containsExactlyInAnyOrder(CallReason.SUICIDAL_THOUGHTS, CallReason.LONELINESS);
        String audited = new AuditEventQuery(Beans.dataSource()).newest("HotlineCall", String.valueOf(number), 0, 1)
                .get(0).changes();
        assertThat(audited).contains("IMMINENT").contains("EMERGENCY_112_CALLED").contains("\"summaryWritten\"")
                .doesNotContain(summary.substring(0, 20));
    }

    @Test
    default void onlyHotlinePsychologistsLogCalls() {
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(
                () -> calls().log(imminent(EmergencyAction.POLICE_INFORMED, null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> calls().myRecentCalls(1)).isInstanceOf(EJBAccessException.class);
    }

    /** The database keeps the rule too, whatever writes to it. */
    @Test
    default void theDatabaseRefusesAnImminentCallWithoutItsAction() throws Exception {
        try (Connection c = Beans.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO hs_hotline_call (id, started_at, duration_minutes, "
                     + "psychologist, contact_type, age_band, risk_level, outcome) "
                     + "VALUES (-1, CURRENT_TIMESTAMP, 5, 'x', 'COUNSELLING', 'UNKNOWN', 'IMMINENT', 'CONSULTATION_GIVEN')")) {
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(java.sql.SQLException.class);
        }
    }

    @Test
    default void aReturningCallersCodeLinksTheirCallsAndTheNextPsychologistReadsTheHistory() throws Exception {
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);
        String firstSummary = "Pierwsza rozmowa, bezsenność po stracie pracy; " + UUID.randomUUID();
        HotlineCalls.LoggedCall first = psychologist.call(() -> calls().log(
                imminent(EmergencyAction.EMERGENCY_112_CALLED, firstSummary), CallerLink.newCode()));
        assertThat(first.callerCode()).matches("[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");

        String typed = first.callerCode().toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        HotlineCalls.LoggedCall second = psychologist.call(() -> calls().log(
                imminent(EmergencyAction.POLICE_INFORMED, "Druga rozmowa."), CallerLink.existing(typed)));
        assertThat(second.callerCode()).isEqualTo(first.callerCode());

        var history = psychologist.call(() -> calls().history(typed));
        assertThat(history).hasSize(2);
        assertThat(history).extracting(HotlineCalls.EarlierCall::summary).contains(firstSummary, "Druga rozmowa.");
        assertThat(history).extracting(HotlineCalls.EarlierCall::riskLevel).containsOnly(RiskLevel.IMMINENT);
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("ReturningCaller", first.callerCode(), 0, 10))
                .extracting(e -> e.action().name()).contains("CREATE", "READ");
        String audited = new AuditEventQuery(Beans.dataSource()).newest("HotlineCall", String.valueOf(second.number()), 0, 1)
                .get(0).changes();
        assertThat(audited).contains(first.callerCode());
    }

    @Test
    default void anUnknownCallerCodeIsRefusedAndNothingIsSaved() throws Exception {
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);
        int before = psychologist.call(() -> calls().myRecentCalls(1000)).size();
        assertThatThrownBy(() -> psychologist.call(() -> calls().log(imminent(EmergencyAction.POLICE_INFORMED, null),
                CallerLink.existing("ZZZ-ZZZ"))))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.field()).isEqualTo("callerCode");
                    assertThat(r.messageKey()).isEqualTo("health.call.rule.unknownCallerCode");
                });
        assertThatThrownBy(() -> psychologist.call(() -> calls().history("not a code"))).isInstanceOf(Rejected.class);
        assertThat(psychologist.call(() -> calls().myRecentCalls(1000))).hasSize(before);
    }

    @Test
    default void aDraftIsSealedComesBackAsItWasAndGoesWhenTheCallIsSaved() throws Exception {
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);
        CallDrafts drafts = Beans.get(CallDrafts.class);
        String summary = "Szkic: rozmówca płacze, prosi o numer do ośrodka; " + UUID.randomUUID();
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("durationMinutes", "12");
        fields.put("summary", summary);
        fields.put("reasons", "LONELINESS,ANXIETY");
        psychologist.call(() -> {
            drafts.save(fields);
            return null;
        });
        String sealed = pl.citycare.support.TestCentres.queryString(
                "SELECT content_sealed FROM hs_call_draft WHERE psychologist = ?", "it-hotline-psychologist");
        assertThat(sealed).startsWith("v1.it-new.").doesNotContain("płacze");
        assertThat(psychologist.call(drafts::load)).hasValueSatisfying(d -> assertThat(d.fields()).isEqualTo(fields));

        psychologist.call(() -> calls().log(imminent(EmergencyAction.POLICE_INFORMED, summary)));
        assertThat(psychologist.call(drafts::load)).as("the saved call's draft is gone").isEmpty();
    }

    /** The coordinator's register: filtered by day, risk and psychologist in the database, sorted, paged; no one else reads it. */
    @Test
    default void theCoordinatorsRegisterFiltersSortsAndPagesTheCalls() throws Exception {
        AsHotlinePsychologist psychologist = Beans.get(AsHotlinePsychologist.class);
        // A day of its own, long ago, so the other tests' calls stay out of this one's filter.
        java.time.LocalDate day = java.time.LocalDate.now(CallRegister.WARSAW).minusDays(400 + new java.util.Random().nextInt(2000));
        record Logged(int hour, int minutes, RiskLevel risk, CallOutcome outcome) {
        }
        for (Logged call : java.util.List.of(new Logged(10, 10, RiskLevel.LOW, CallOutcome.CONSULTATION_GIVEN),
                new Logged(11, 30, RiskLevel.HIGH, CallOutcome.REFERRED_TO_CENTRE),
                new Logged(12, 5, RiskLevel.LOW, CallOutcome.INFORMATION_ONLY))) {
            Instant started = day.atTime(call.hour(), 0).atZone(CallRegister.WARSAW).toInstant();
            psychologist.call(() -> calls().log(new CallFacts(started, call.minutes(), ContactType.COUNSELLING, District.PODGORZE,
                    AgeBand.FROM_26_TO_40, Set.of(CallReason.LONELINESS), call.risk(), call.outcome(), null, null,
                    "Streszczenie, którego rejestr nie pokazuje", null, null, null)));
        }
        CallRegister register = Beans.get(CallRegister.class);
        pl.citycare.support.AsHealthCoordinator coordinator = Beans.get(pl.citycare.support.AsHealthCoordinator.class);
        var thatDay = new CallRegister.CallFilter(day, day, null, null, null);

        assertThat(coordinator.call(() -> register.count(thatDay))).isEqualTo(3);
        assertThat(coordinator.call(() -> register.search(thatDay, java.util.List.of(), 0, 20)))
                .as("newest first").extracting(CallRegister.CallRow::durationMinutes).containsExactly(5, 30, 10);
        assertThat(coordinator.call(() -> register.search(thatDay,
                java.util.List.of(pl.citycare.shared.persistence.ListQuery.Sort.asc("durationMinutes")), 1, 2)))
                .as("sorted by duration, the second page of one").extracting(CallRegister.CallRow::durationMinutes).containsExactly(10, 30);
        var lowOnes = new CallRegister.CallFilter(day, day, RiskLevel.LOW, null, " it-hotline-psychologist ");
        assertThat(coordinator.call(() -> register.search(lowOnes, java.util.List.of(), 0, 20)))
                .extracting(CallRegister.CallRow::outcome).containsExactly(CallOutcome.INFORMATION_ONLY, CallOutcome.CONSULTATION_GIVEN);
        assertThat(coordinator.call(() -> register.count(new CallRegister.CallFilter(day, day, null, null, "someone-else")))).isZero();
        assertThat(coordinator.call(() -> register.count(new CallRegister.CallFilter(day.plusDays(1), null, RiskLevel.HIGH,
                CallOutcome.REFERRED_TO_CENTRE, null)))).as("the day after holds none of them").isLessThan(
                coordinator.call(() -> register.count(new CallRegister.CallFilter(day, null, RiskLevel.HIGH,
                        CallOutcome.REFERRED_TO_CENTRE, null))));

        assertThatThrownBy(() -> psychologist.call(() -> register.count(thatDay))).isInstanceOf(EJBAccessException.class);
    }
}
