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
}
