package pl.citycare.testing.application;

import org.junit.jupiter.api.Test;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditAction;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.testing.application.Notifications.NotificationView;
import pl.citycare.testing.application.Samples.SampleView;
import pl.citycare.testing.application.TestSites.SlotView;
import pl.citycare.testing.application.Workers.WorkerView;
import pl.citycare.testing.domain.notification.NotificationStatus;
import pl.citycare.testing.domain.notification.Recipient;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;
import pl.citycare.support.AsTestingClerk;
import pl.citycare.support.Beans;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A positive result is reported to the employer and to Sanepid with the isolation period, sent and
 * acknowledged in order; a correction withdraws what was not sent; reading the list is audited. Runs in
 * {@code CityCareIT}.
 */
public interface NotificationsTests {

    private static List<NotificationView> of(SampleView sample) throws Exception {
        return Beans.get(AsTestingClerk.class).call(() -> Beans.get(Notifications.class).list(null)).stream()
                .filter(n -> n.barcode().equals(sample.barcode())).toList();
    }

    @Test
    default void aPositiveResultIsReportedTwiceWithTheIsolationPeriodAndACorrectionWithdrawsWhatWasNotSent() throws Exception {
        Notifications notifications = Beans.get(Notifications.class);
        AsTestingClerk clerk = Beans.get(AsTestingClerk.class);
        List<SlotView> slots = BookingsTests.freshSlots(3);
        List<WorkerView> workers = BookingsTests.freshWorkers(WorkersTests.freshEmployer("Farma Zgłoszeń IT"), 2);
        SampleView positive = ResultDocumentsTests.answeredSample(workers.get(0), slots.get(0), TestResult.POSITIVE);
        SampleView negative = ResultDocumentsTests.answeredSample(workers.get(1), slots.get(0), TestResult.NEGATIVE);

        List<NotificationView> made = of(positive);
        assertThat(made).extracting(NotificationView::recipient).containsExactlyInAnyOrder(Recipient.EMPLOYER, Recipient.SANEPID);
        assertThat(made).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.TO_SEND);
            assertThat(n.isolationUntil()).isEqualTo(positive.collectedAt().atZone(TestSite.ZONE).toLocalDate().plusDays(7));
        });
        assertThat(of(negative)).isEmpty();
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("PositiveNotifications", "all", 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.READ));

        long employer = made.stream().filter(n -> n.recipient() == Recipient.EMPLOYER).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> clerk.call(() -> notifications.markAcknowledged(employer)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("testing.notification.rule.notSent"));
        clerk.call(() -> notifications.markSent(employer));
        assertThat(clerk.call(() -> notifications.markAcknowledged(employer)).status()).isEqualTo(NotificationStatus.ACKNOWLEDGED);

        SampleView current = clerk.call(() -> Beans.get(Samples.class).sample(positive.id())).orElseThrow();
        clerk.call(() -> Beans.get(Samples.class).correctResult(current.id(), current.version(), TestResult.NEGATIVE,
                current.resultAt(), "Pomyłka laboratorium"));
        assertThat(of(positive)).extracting(NotificationView::recipient, NotificationView::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Recipient.EMPLOYER, NotificationStatus.ACKNOWLEDGED),
                org.assertj.core.groups.Tuple.tuple(Recipient.SANEPID, NotificationStatus.WITHDRAWN));
    }
}
