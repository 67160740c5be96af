package pl.citycare.healthsupport.application.client;

import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.client.Referrals.ReferralView;
import pl.citycare.healthsupport.domain.client.ReferralKind;
import pl.citycare.healthsupport.domain.client.ReferralStatus;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Referrals inside Payara Micro: the Blue Card steps, kept by the database too; the centre wall. Runs in {@code CityCareIT}. */
public interface ReferralsTests {

    @Test
    default void aBlueCardReferralRecordsItsStepsAndStaysBehindTheCentreWall() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        AsCentrePsychologist psychologist = Beans.get(AsCentrePsychologist.class);
        Referrals referrals = Beans.get(Referrals.class);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String client = psychologist.call(() -> Beans.get(Clients.class).register(centre, ClientsTests.facts(null, null)));

        ReferralView proposed = psychologist.call(() -> referrals.propose(client, ReferralKind.BLUE_CARD, null, today));
        ReferralView accepted = psychologist.call(() -> referrals.changeStatus(client, proposed.id(), proposed.version(),
                ReferralStatus.ACCEPTED, today));
        ReferralView steps = psychologist.call(() -> referrals.recordBlueCard(client, accepted.id(), accepted.version(),
                today, today, "ZI.4321.7.2026"));
        assertThat(steps.teamCaseReference()).isEqualTo("ZI.4321.7.2026");
        assertThat(psychologist.call(() -> referrals.referrals(client))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReferralStatus.ACCEPTED));

        // The database keeps the order of the steps whatever writes to it.
        assertThatThrownBy(() -> TestCentres.update("UPDATE hs_referral SET form_completed_on = ? WHERE id = ?",
                today.plusDays(3), steps.id())).isInstanceOf(IllegalStateException.class);

        TestCentres.unassignPsychologist(centre);
        assertThatThrownBy(() -> psychologist.call(() -> referrals.referrals(client))).isInstanceOf(ClientNotFound.class);
        assertThatThrownBy(() -> psychologist.call(() -> referrals.propose(client, ReferralKind.PSYCHIATRIC_CARE, null, today)))
                .isInstanceOf(ClientNotFound.class);
    }
}
