package pl.citycare.procurement.application;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.application.Requests.Submission;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.procurement.domain.request.RequestStatus;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.money.Money;
import pl.citycare.support.AsAuditor;
import pl.citycare.support.AsProcurementApprover;
import pl.citycare.support.AsProcurementClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests and approval inside Payara Micro: segregation of duties, in the service and the database. Runs in {@code CityCareIT}. */
public interface RequestsTests {

    private static Submission submission(Requests requests) throws Exception {
        long line = Beans.get(AsAuditor.class).call(requests::lines).get(0).id();
        return new Submission("Pulsoksymetry napalcowe, 500 szt.", Cpv.MEDICAL_DEVICES, line, Money.pln("45000.00"),
                LegalBasis.BELOW_NATIONAL_THRESHOLD);
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
}
