package pl.citycare.healthsupport.application.client;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.ClientFacts;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.healthsupport.domain.hotline.AgeBand;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Client intake inside Payara Micro: codes, sealed name and phone, audited reads, centre walls. Runs in {@code CityCareIT}. */
public interface ClientsTests {

    private static Clients clients() {
        return Beans.get(Clients.class);
    }

    private static AsCentrePsychologist psychologist() {
        return Beans.get(AsCentrePsychologist.class);
    }

    static ClientFacts facts(String name, String phone) {
        return new ClientFacts(Set.of(TargetGroup.DOMESTIC_VIOLENCE), AgeBand.FROM_26_TO_40, District.NOWA_HUTA,
                LocalDate.now(ZoneId.of("Europe/Warsaw")), name, phone);
    }

    @Test
    default void intakeGivesCodesInTurnAndSealsTheNameAndPhoneAndEveryOpeningIsAudited() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        int year = LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear();

        String first = psychologist().call(() -> clients().register(centre, facts("Zofia Łęcka", "+48 600 111 222")));
        String second = psychologist().call(() -> clients().register(centre, facts(null, null)));

        assertThat(first).isEqualTo(centre + "-" + year + "-00001");
        assertThat(second).isEqualTo(centre + "-" + year + "-00002");
        String sealedName = TestCentres.queryString("SELECT name_sealed FROM hs_client WHERE code = ?", first);
        String sealedPhone = TestCentres.queryString("SELECT phone_sealed FROM hs_client WHERE code = ?", first);
        assertThat(sealedName).startsWith("v1.it-new.").doesNotContain("Zofia").doesNotContain("Łęcka");
        assertThat(sealedPhone).startsWith("v1.it-new.").doesNotContain("600");
        assertThat(TestCentres.queryString("SELECT name_sealed FROM hs_client WHERE code = ?", second)).isNull();

        Clients.ClientRecord read = psychologist().call(() -> clients().client(first));
        assertThat(read.facts().name()).isEqualTo("Zofia Łęcka");
        assertThat(read.facts().phone()).isEqualTo("+48 600 111 222");
        assertThat(read.registeredBy()).isEqualTo(TestCentres.PSYCHOLOGIST);

        String id = TestCentres.queryString("SELECT CAST(id AS VARCHAR(20)) FROM hs_client WHERE code = ?", first);
        List<AuditEventView> events = new AuditEventQuery(Beans.dataSource()).newest("Client", id, 0, 10);
        assertThat(events).extracting(e -> e.action().name()).containsOnlyOnce("READ").contains("CREATE");
        psychologist().call(() -> clients().client(first));
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("Client", id, 0, 10))
                .as("each opening is one more read").filteredOn(e -> e.action().name().equals("READ")).hasSize(2);
        // (Who read is the signed-in user; a @RunAs test bean has none, so the browser tests check the reader.)
        assertThat(events).extracting(AuditEventView::changes).allSatisfy(changes -> assertThat(changes)
                .doesNotContain("Zofia").doesNotContain("600 111").doesNotContain("v1."));
    }

    @Test
    default void aPsychologistNeverReachesAnotherCentresClientsAndCannotTellThemFromMissingOnes() throws Exception {
        String other = TestCentres.create();
        TestCentres.assignPsychologist(other);
        String code = psychologist().call(() -> clients().register(other, facts("Jan", null)));
        TestCentres.unassignPsychologist(other); // now it is another centre's client

        assertThatThrownBy(() -> psychologist().call(() -> clients().client(code))).isInstanceOf(ClientNotFound.class);
        assertThatThrownBy(() -> psychologist().call(() -> clients().client(code.replace("-0000", "-9999"))))
                .isInstanceOf(ClientNotFound.class).hasMessage(new ClientNotFound().getMessage());
        assertThatThrownBy(() -> psychologist().call(() -> clients().clients(other, null)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("centre"));
        assertThatThrownBy(() -> psychologist().call(() -> clients().register(other, facts(null, null))))
                .isInstanceOf(Rejected.class);
        assertThat(psychologist().call(() -> clients().myCentres())).extracting(Clients.CentreRef::code)
                .doesNotContain(other);
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> clients().client(code)))
                .as("an administrator is not a centre psychologist").isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void intakeBreakingARuleSavesNothingAndNamesTheField() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        var noConsent = new ClientFacts(Set.of(TargetGroup.ADDICTION), AgeBand.UNKNOWN, null, null, "Ewa", null);
        var badPhone = new ClientFacts(Set.of(TargetGroup.ADDICTION), AgeBand.UNKNOWN, null,
                LocalDate.now(ZoneId.of("Europe/Warsaw")), null, "call me maybe");

        assertThatThrownBy(() -> psychologist().call(() -> clients().register(centre, noConsent)))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.field()).isEqualTo("consentGivenOn");
                    assertThat(r.messageKey()).isEqualTo("health.client.rule.consentRequired");
                });
        assertThatThrownBy(() -> psychologist().call(() -> clients().register(centre, badPhone)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("phone"));
        assertThat(psychologist().call(() -> clients().clients(centre, null))).isEmpty();
    }
}
