package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.application.Requests.Submission;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.Flag;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementApprover;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests and approval inside Payara Micro: segregation of duties, in the service and the database. Runs in {@code CityCareIT}. */
public interface RequestsTests {

    private static Submission submission(Requests requests) throws Exception {
        long line = Beans.get(AsAuditor.class).call(requests::lines).get(0).id();
        return new Submission("Pulsoksymetry napalcowe, 500 szt.", Cpv.MEDICAL_DEVICES, line, Money.pln("45000.00"), null,
                LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 3, 1));
    }

    @Test
    default void aRequestIsApprovedBySomeoneElseAndItsHistoryShowsBothSteps() throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView submitted = Beans.get(AsProcurementClerk.class).call(() -> requests.submit(submission(requests)));
        assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThatThrownBy(() -> Beans.get(AsProcurementApprover.class).call(() -> requests.reject(submitted.id(),
                submitted.version(), "  "))).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("procurement.request.rule.reason"));

        RequestView approved = Beans.get(AsProcurementApprover.class).call(() -> requests.approve(submitted.id(), submitted.version()));
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("it-procurement-approver");
        assertThat(Beans.get(AsAuditor.class).call(() -> requests.history(submitted.id())))
                .extracting(Requests.Step::status, Requests.Step::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RequestStatus.SUBMITTED, "it-procurement-clerk"),
                        org.assertj.core.groups.Tuple.tuple(RequestStatus.APPROVED, "it-procurement-approver"));
        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> requests.approve(approved.id(), approved.version())))
                .as("a clerk does not approve").isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> requests.submit(submission(requests))))
                .as("an auditor changes nothing").isInstanceOf(EJBAccessException.class);
    }

    /** A person holding both roles: their own request is refused by the service and by the database. */
    @Test
    default void anApproverWhoMadeTheRequestCannotDecideIt() throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView submitted = Beans.get(AsProcurementClerk.class).call(() -> requests.submit(submission(requests)));
        // As if the approver had made it themselves (holding the clerk's role too).
        TestCentres.update("UPDATE pr_request SET requested_by = ? WHERE id = ?", "it-procurement-approver", submitted.id());

        assertThatThrownBy(() -> Beans.get(AsProcurementApprover.class).call(() -> requests.approve(submitted.id(),
                submitted.version()))).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("procurement.request.rule.ownRequest"));
        assertThatThrownBy(() -> TestCentres.update("UPDATE pr_request SET status = 'APPROVED', decided_by = requested_by, "
                + "decided_at = CURRENT_TIMESTAMP WHERE id = ?", submitted.id())).isInstanceOf(IllegalStateException.class);
        assertThat(Beans.get(AsAuditor.class).call(() -> requests.request(submitted.id())).orElseThrow().status())
                .isEqualTo(RequestStatus.SUBMITTED);
    }

    private static RequestView submit(Requests requests, String subject, Cpv cpv, String net, LegalBasis basis,
                                      LocalDate start) throws Exception {
        long line = Beans.get(AsAuditor.class).call(requests::lines).get(0).id();
        return Beans.get(AsProcurementClerk.class).call(() -> requests.submit(new Submission(subject, cpv, line,
                Money.pln(net), null, basis, start)));
    }

    /** The thresholds of the start date decide: 2020's EUR 30,000 at 4.2693 is 128,079.00 PLN; the rate comes from the dictionary. */
    @Test
    default void aBasisThatDoesNotFitTheValueIsFlaggedByTheThresholdsOfTheStartDate() throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView below = submit(requests, "Kardiomonitory, 4 szt.", Cpv.PATIENT_MONITORING, "128079.00",
                LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2020, 10, 1));
        assertThat(below.estimate().eurRate()).isEqualByComparingTo("4.2693");
        assertThat(below.estimate().inEuro().amount()).isEqualByComparingTo("30000.00");
        assertThat(below.flags()).containsExactly(Flag.BASIS_ABOVE_NATIONAL_THRESHOLD);

        RequestView fits = submit(requests, "Rękawice nitrylowe", Cpv.DISPOSABLE_GLOVES, "128079.00",
                LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2021, 10, 1));
        assertThat(fits.flags()).as("130,000 PLN from 2021").isEmpty();

        RequestView open = submit(requests, "Respiratory stacjonarne, 10 szt.", Cpv.RESPIRATORY_DEVICES, "950000.00",
                LegalBasis.OPEN_PROCEDURE, LocalDate.of(2021, 2, 1));
        assertThat(open.flags()).containsExactly(Flag.EU_THRESHOLD_REACHED);

        Requests.Assessment assessment = Beans.get(AsProcurementClerk.class).call(() ->
                requests.assess(LocalDate.of(2020, 10, 1), Money.pln("200000.00"), LegalBasis.BELOW_NATIONAL_THRESHOLD));
        assertThat(assessment.nationalThreshold()).isEqualTo(Money.pln("128079.00"));
        assertThat(assessment.euThreshold()).isEqualTo(Money.pln("913630.20"));
        assertThat(assessment.flags()).containsExactly(Flag.BASIS_ABOVE_NATIONAL_THRESHOLD);

        assertThatThrownBy(() -> submit(requests, "Rękawice", Cpv.DISPOSABLE_GLOVES, "1000.00",
                LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2019, 5, 1)))
                .as("no rate in the dictionary for 2019, and none stated")
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("eurRate"));
    }

    /** Gloves bought twice in 2020 below the threshold, 128,079.00 PLN together: both point at each other. */
    @Test
    default void requestsOfOneCpvGroupThatTogetherCrossTheThresholdAreFlaggedAsAPossibleSplitOrder() throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView first = submit(requests, "Rękawice nitrylowe, partia 1", Cpv.DISPOSABLE_GLOVES, "64000.00",
                LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2020, 3, 20));
        assertThat(first.flags()).isEmpty();
        RequestView second = submit(requests, "Rękawice nitrylowe, partia 2", Cpv.DISPOSABLE_GLOVES, "64079.00",
                LegalBasis.BELOW_NATIONAL_THRESHOLD, LocalDate.of(2020, 4, 20));

        assertThat(second.flags()).containsExactly(Flag.POSSIBLE_SPLIT_ORDER);
        assertThat(second.splitWith()).containsExactly(first.id());
        assertThat(Beans.get(AsAuditor.class).call(() -> requests.request(first.id())).orElseThrow().splitWith())
                .containsExactly(second.id());
        assertThat(Beans.get(AsAuditor.class).call(() -> requests.splitOrders(2020)))
                .anySatisfy(g -> assertThat(g.requestIds()).containsExactly(first.id(), second.id()));

        RequestView rejected = Beans.get(AsProcurementApprover.class).call(() -> requests.reject(second.id(), second.version(),
                "Jedna potrzeba: połączyć z partią 1"));
        assertThat(rejected.flags()).isEmpty();
        assertThat(Beans.get(AsAuditor.class).call(() -> requests.request(first.id())).orElseThrow().flags())
                .as("a rejected request no longer counts").isEmpty();
    }

    @Test
    default void aCovidActPurchaseWithoutItsBipPublicationIsFlaggedUntilItIsRecorded() throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView covid = submit(requests, "Maseczki FFP2, 100 000 szt.", Cpv.PROTECTIVE_GEAR, "480000.00",
                LegalBasis.COVID_EXEMPTION, LocalDate.of(2020, 4, 1));
        assertThat(covid.bipDueOn()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(covid.flags()).containsExactly(Flag.BIP_PUBLICATION_MISSING);

        assertThatThrownBy(() -> Beans.get(AsProcurementClerk.class).call(() -> requests.recordBipPublication(covid.id(),
                covid.version(), LocalDate.of(2020, 3, 1)))).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.messageKey()).isEqualTo("procurement.request.rule.bipDate"));
        RequestView late = Beans.get(AsProcurementClerk.class).call(() -> requests.recordBipPublication(covid.id(),
                covid.version(), LocalDate.of(2020, 5, 4)));
        assertThat(late.flags()).containsExactly(Flag.BIP_PUBLICATION_LATE);
        RequestView onTime = Beans.get(AsProcurementClerk.class).call(() -> requests.recordBipPublication(late.id(),
                late.version(), LocalDate.of(2020, 4, 28)));
        assertThat(onTime.flags()).isEmpty();
        assertThat(onTime.bipPublishedOn()).isEqualTo(LocalDate.of(2020, 4, 28));
        assertThatThrownBy(() -> Beans.get(AsAuditor.class).call(() -> requests.recordBipPublication(onTime.id(),
                onTime.version(), LocalDate.of(2020, 4, 29)))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> TestCentres.update("UPDATE pr_request SET bip_published_on = DATE '2021-01-01' "
                + "WHERE legal_basis <> 'COVID_EXEMPTION' AND id = ?", below(requests).id()))
                .as("the database keeps BIP dates to COVID-19 act purchases").isInstanceOf(IllegalStateException.class);
    }

    private static RequestView below(Requests requests) throws Exception {
        return submit(requests, "Termometry bezdotykowe", Cpv.MEDICAL_DEVICES, "9000.00", LegalBasis.BELOW_NATIONAL_THRESHOLD,
                LocalDate.of(2021, 5, 5));
    }
}
