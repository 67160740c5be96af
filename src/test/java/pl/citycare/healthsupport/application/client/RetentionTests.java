package pl.citycare.healthsupport.application.client;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.hotline.HotlineCalls;
import pl.citycare.healthsupport.domain.client.ReferralKind;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.healthsupport.domain.hotline.CallFacts;
import pl.citycare.healthsupport.domain.hotline.CallOutcome;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.healthsupport.domain.hotline.RiskLevel;
import pl.citycare.shared.audit.AuditChainVerifier;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.AsHealthCoordinator;
import pl.citycare.support.AsHotlinePsychologist;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention run inside Payara Micro: dry run, legal hold, removal, a trail without the removed text. Runs in {@code CityCareIT}. */
public interface RetentionTests {

    @Test
    default void oldClientDataIsRemovedUnlessHeldTheDryRunSaysSoFirstAndTheTrailStaysClean() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        AsCentrePsychologist psychologist = Beans.get(AsCentrePsychologist.class);
        AsHealthCoordinator coordinator = Beans.get(AsHealthCoordinator.class);
        Retention retention = Beans.get(Retention.class);
        String noteText = "Notatka do usunięcia po latach " + java.util.UUID.randomUUID();
        String old = psychologist.call(() -> Beans.get(Clients.class).register(centre, ClientsTests.facts("Zenon Stary", "+48 600 900 900")));
        String held = psychologist.call(() -> Beans.get(Clients.class).register(centre, ClientsTests.facts("Halina Sądowa", null)));
        SessionNotes.NoteHeader note = psychologist.call(() -> Beans.get(SessionNotes.class).write(old, noteText));
        psychologist.call(() -> Beans.get(Referrals.class).propose(old, ReferralKind.OTHER, "Poradnia przy ul. Długiej",
                LocalDate.now(ZoneId.of("Europe/Warsaw"))));
        String callSummary = "Dawna rozmowa " + java.util.UUID.randomUUID();
        long call = Beans.get(AsHotlinePsychologist.class).call(() -> Beans.get(HotlineCalls.class).log(new CallFacts(
                Instant.now().minus(1, ChronoUnit.HOURS), 10, ContactType.COUNSELLING, null, AgeBand.UNKNOWN, Set.of(),
                RiskLevel.NONE, CallOutcome.CONSULTATION_GIVEN, null, null, callSummary, null, null, null)));
        // Six years pass.
        LocalDate longAgo = LocalDate.now(ZoneId.of("Europe/Warsaw")).minusYears(6);
        TestCentres.update("UPDATE hs_client SET last_contact_on = ? WHERE code IN (?, ?)", longAgo, old, held);
        TestCentres.update("UPDATE hs_hotline_call SET started_at = ? WHERE id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusYears(6), call);
        coordinator.call(() -> {
            retention.hold(held, "Żądanie sądu, sygn. III K 123/26");
            return null;
        });

        Retention.RetentionReport dry = coordinator.call(retention::dryRun);
        assertThat(dry.due()).filteredOn(d -> d.code().equals(old)).singleElement().satisfies(d -> {
            assertThat(d.notes()).isEqualTo(1);
            assertThat(d.referrals()).isEqualTo(1);
            assertThat(d.nameOrPhoneHeld()).isTrue();
        });
        assertThat(dry.due()).extracting(Retention.DueClient::code).doesNotContain(held);
        assertThat(dry.held()).extracting(Retention.HeldClient::code).contains(held);
        assertThat(dry.callsDue()).isPositive();
        assertThat(TestCentres.queryString("SELECT name_sealed FROM hs_client WHERE code = ?", old))
                .as("a dry run changes nothing").isNotNull();

        int rounds = 0;
        while (!coordinator.call(retention::runBatch).nothing() && rounds++ < 100) {
            // batch after batch, as the page and the nightly run do
        }

        assertThat(TestCentres.queryString("SELECT name_sealed FROM hs_client WHERE code = ?", old)).isNull();
        assertThat(TestCentres.queryString("SELECT phone_sealed FROM hs_client WHERE code = ?", old)).isNull();
        assertThat(TestCentres.queryString("SELECT CAST(anonymised_on AS VARCHAR(10)) FROM hs_client WHERE code = ?", old)).isNotNull();
        assertThat(TestCentres.queryString("SELECT CAST(COUNT(*) AS VARCHAR(5)) FROM hs_session_note WHERE id = ?", note.id())).isEqualTo("0");
        assertThat(TestCentres.queryString("SELECT kind FROM hs_referral WHERE client_id = "
                + "(SELECT id FROM hs_client WHERE code = ?)", old)).as("statistics keep the count").isEqualTo("OTHER");
        assertThat(TestCentres.queryString("SELECT summary FROM hs_hotline_call WHERE id = ?", call)).isNull();
        assertThat(TestCentres.queryString("SELECT name_sealed FROM hs_client WHERE code = ?", held)).as("held").isNotNull();

        var events = new AuditEventQuery(Beans.dataSource());
        assertThat(events.newest("SessionNote", String.valueOf(note.id()), 0, 10)).extracting(e -> e.action().name())
                .contains("DELETE");
        assertThat(TestCentres.queryString("SELECT CAST(COUNT(*) AS VARCHAR(5)) FROM audit_event WHERE changes LIKE ? "
                + "OR changes LIKE ? OR changes LIKE ?", "%" + noteText.substring(0, 20) + "%", "%Zenon%",
                "%" + callSummary.substring(0, 14) + "%"))
                .as("the trail never held what the purge removes").isEqualTo("0");
        assertThat(new AuditChainVerifier(Beans.dataSource()).verify().intact()).isTrue();
    }
}
