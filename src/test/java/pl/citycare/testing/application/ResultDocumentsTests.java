package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.ResultDocuments.DocumentData;
import pl.citycare.testing.application.ResultDocuments.Outcome;
import pl.citycare.testing.application.ResultDocuments.Verification;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;
import pl.citycare.support.Server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result documents inside Payara Micro: issued once per result, checked publicly by their token (validity,
 * date and result only), revoked by a correction, and issued for a whole employer group. Runs in
 * {@code CityCareIT}.
 */
public interface ResultDocumentsTests extends Server {

    /** A booked worker's sample with the given answer; returns the sample. */
    static SampleView answeredSample(WorkerView worker, SlotView slot, TestResult result) throws Exception {
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        Samples samples = Beans.get(Samples.class);
        clerk.call(() -> Beans.get(Bookings.class).book(worker.details().passport(), slot.id(), true));
        SampleView sample = clerk.call(() -> samples.register(slot.id(),
                SamplesTests.registration(worker.details().passport(), SamplesTests.freshBarcode())));
        return result == TestResult.PENDING ? sample : clerk.call(() -> samples.recordResult(sample.id(), sample.version(),
                result, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    default void aDocumentIsIssuedOncePerResultCheckedByItsTokenAndRevokedByACorrection() throws Exception {
        ResultDocuments documents = Beans.get(ResultDocuments.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        List<SlotView> slots = BookingsTests.freshSlots(3);
        List<WorkerView> workers = BookingsTests.freshWorkers(WorkersTests.freshEmployer("Farma Zaświadczeń IT"), 2);
        SampleView pending = answeredSample(workers.get(1), slots.get(0), TestResult.PENDING);
        assertThatThrownBy(() -> clerk.call(() -> documents.issue(pending.id())))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.document.rule.pending"));

        SampleView negative = answeredSample(workers.get(0), slots.get(0), TestResult.NEGATIVE);
        DocumentData document = clerk.call(() -> documents.issue(negative.id()));
        assertThat(document.uvci()).matches("URN:UVCI:01:PL:KRK/TS/[0-9A-Z]{10}#.");
        assertThat(clerk.call(() -> documents.issue(negative.id())).uvci()).as("the same result, the same document").isEqualTo(document.uvci());

        Verification valid = documents.verify(document.token());
        LocalDate collected = negative.collectedAt().atZone(TestSite.ZONE).toLocalDate();
        assertThat(valid).isEqualTo(new Verification(Outcome.VALID, collected, TestResult.NEGATIVE));
        assertThat(documents.verify("no-such-token")).isEqualTo(new Verification(Outcome.UNKNOWN, null, null));

        // Anyone with the QR code, signed in or not, sees validity, date and result, and nothing personal.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().resolve("/verify/" + document.token()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ten dokument jest ważny.").contains(collected.toString()).contains("ujemny")
                .doesNotContain(workers.get(0).details().passport()).doesNotContain("BOOKING");

        SampleView corrected = clerk.call(() -> Beans.get(Samples.class).correctResult(negative.id(), negative.version(),
                TestResult.POSITIVE, negative.resultAt(), "Laboratorium poprawiło wynik"));
        assertThat(documents.verify(document.token())).isEqualTo(new Verification(Outcome.REVOKED, null, null));
        DocumentData reissued = clerk.call(() -> documents.issue(corrected.id()));
        assertThat(reissued.uvci()).isNotEqualTo(document.uvci());
        assertThat(reissued.result()).isEqualTo(TestResult.POSITIVE);
        HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().resolve("/verify/" + document.token()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.body()).contains("unieważniony").doesNotContain("dodatni").doesNotContain("ujemny");
    }

    @Test
    default void aGroupGetsEachWorkersLatestResult() throws Exception {
        ResultDocuments documents = Beans.get(ResultDocuments.class);
        List<SlotView> slots = BookingsTests.freshSlots(3);
        var employer = WorkersTests.freshEmployer("Farma Grupowych Zaświadczeń IT");
        List<WorkerView> workers = BookingsTests.freshWorkers(employer, 3);
        answeredSample(workers.get(0), slots.get(0), TestResult.INCONCLUSIVE);
        answeredSample(workers.get(0), slots.get(1), TestResult.NEGATIVE); // the retest, later
        answeredSample(workers.get(1), slots.get(0), TestResult.POSITIVE);
        answeredSample(workers.get(2), slots.get(0), TestResult.PENDING);

        List<DocumentData> group = Beans.get(AsTestingClerk.class).call(() -> documents.issueForEmployer(employer.id()));
        assertThat(group).extracting(DocumentData::result).containsExactlyInAnyOrder(TestResult.NEGATIVE, TestResult.POSITIVE);
    }
}
