package pl.citycare.testing.application;

import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import pl.citycare.testing.domain.notification.Notification;
import pl.citycare.testing.domain.notification.Recipient;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What follows a sample's answer, wherever it came from (a clerk, the lab's API, the inbox): a positive
 * result gets its two notifications, to the employer and to Sanepid, with the worker's isolation period
 * ({@code CITYCARE_TESTING_ISOLATION_DAYS}, default 7, counted from the day the sample was taken); a result
 * corrected away from positive withdraws the notifications not yet sent. Runs inside the calling service's
 * transaction.
 */
final class PositiveResults {

    static final int DEFAULT_ISOLATION_DAYS = 7;

    private PositiveResults() {
    }

    static void afterAnswer(EntityManager em, Sample sample, Instant now) {
        afterAnswer(em, sample, em.createQuery("SELECT n FROM Notification n WHERE n.sample = :sample", Notification.class)
                .setParameter("sample", sample).getResultList(), now);
    }

    /** The notifications of many samples at once, for {@link #afterAnswer(EntityManager, Sample, List, Instant)}. */
    static Map<Long, List<Notification>> notificationsOf(EntityManager em, Collection<Sample> samples) {
        if (samples.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT n FROM Notification n WHERE n.sample IN :samples", Notification.class)
                .setParameter("samples", samples).getResultStream()
                .collect(Collectors.groupingBy(n -> n.getSample().getId()));
    }

    /** As {@link #afterAnswer(EntityManager, Sample, Instant)}, with the sample's notifications already read. */
    static void afterAnswer(EntityManager em, Sample sample, List<Notification> existing, Instant now) {
        if (sample.getResult() != TestResult.POSITIVE) {
            existing.forEach(Notification::resultCorrected);
            return;
        }
        LocalDate until = isolationUntil(sample);
        for (Recipient recipient : Recipient.values()) {
            if (existing.stream().noneMatch(n -> n.getRecipient() == recipient)) {
                em.persist(new Notification(sample, recipient, until, now));
            }
        }
    }

    static LocalDate isolationUntil(Sample sample) {
        int days = ConfigProvider.getConfig().getOptionalValue("citycare.testing.isolation-days", Integer.class)
                .filter(d -> d > 0 && d <= 60).orElse(DEFAULT_ISOLATION_DAYS);
        return sample.getCollectedAt().atZone(TestSite.ZONE).toLocalDate().plusDays(days);
    }
}
