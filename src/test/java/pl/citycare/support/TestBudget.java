package pl.citycare.support;

import pl.citycare.procurement.application.Requests;
import pl.citycare.procurement.application.Requests.RequestView;
import pl.citycare.procurement.application.Requests.Submission;
import pl.citycare.procurement.domain.request.Cpv;
import pl.citycare.procurement.domain.request.LegalBasis;
import pl.citycare.shared.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * In-container procurement data of a test's own: a fund with one budget line planned at a known amount
 * (written straight to the tables, with ids far above the sequences'), and an approved request on it, so
 * that no test's sums depend on another's contracts.
 */
public final class TestBudget {

    private TestBudget() {
    }

    /** A fund of {@code planned} with one line (medical equipment) planning all of it; the line's id. */
    public static long freshLine(String planned) {
        return freshLine(planned, "MEDICAL_EQUIPMENT");
    }

    /** A fund of {@code planned} with one line of the category (e.g. {@code MEDICAL_APPARATUS}) planning all of it. */
    public static long freshLine(String planned, String category) {
        long id = 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        TestCentres.update("INSERT INTO pr_fund (id, name, amount, version) VALUES (?, ?, ?, 0)", id, "Test fund " + id,
                new BigDecimal(planned));
        TestCentres.update("INSERT INTO pr_budget_line (id, fund_id, category, planned, version) VALUES (?, ?, ?, ?, 0)", id, id,
                category, new BigDecimal(planned));
        return id;
    }

    /** A request on the line, submitted by the run-as clerk and approved by the run-as approver. */
    public static RequestView approvedRequest(long lineId, String subject) throws Exception {
        Requests requests = Beans.get(Requests.class);
        RequestView submitted = Beans.get(AsProcurementClerk.class).call(() -> requests.submit(new Submission(subject,
                Cpv.MEDICAL_DEVICES, lineId, Money.pln("50000.00"), null, LegalBasis.COVID_EXEMPTION, LocalDate.of(2021, 3, 1))));
        return Beans.get(AsProcurementApprover.class).call(() -> requests.approve(submitted.id(), submitted.version()));
    }
}
