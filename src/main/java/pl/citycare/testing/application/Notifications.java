package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.EmployerDetails;
import pl.citycare.testing.domain.notification.Notification;
import pl.citycare.testing.domain.notification.NotificationStatus;
import pl.citycare.testing.domain.notification.Recipient;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.worker.WorkerDetails;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Zgłoszenia wyników dodatnich: the testing clerk sends each positive result to the employer and to the
 * sanitary station (a printable form), records it sent and acknowledged, and sees each worker's isolation
 * end. The list names people with a positive result: opening it is a read of health data, and audited.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class Notifications {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail auditTrail;

    /** A notification with what its form prints. */
    public record NotificationView(long id, Recipient recipient, NotificationStatus status, LocalDate isolationUntil,
                                   long workerId, WorkerDetails worker, EmployerDetails employer, String barcode,
                                   Instant collectedAt, Instant resultAt, String lab, Instant createdAt, Instant sentAt,
                                   Instant acknowledgedAt) implements Serializable {

        static NotificationView of(Notification n) {
            Sample s = n.getSample();
            return new NotificationView(n.getId(), n.getRecipient(), n.getStatus(), n.getIsolationUntil(), s.getWorker().getId(),
                    s.getWorker().details(), s.getWorker().getEmployer().details(), s.getBarcode(), s.getCollectedAt(),
                    s.getResultAt(), s.getLab(), n.getCreatedAt(), n.getSentAt(), n.getAcknowledgedAt());
        }
    }

    /** The notifications in this state (all for null), newest first; the read goes to the audit trail. */
    public List<NotificationView> list(NotificationStatus status) {
        auditTrail.recordRead("PositiveNotifications", status == null ? "all" : status.name());
        var query = status == null
                ? em.createQuery("SELECT n FROM Notification n ORDER BY n.createdAt DESC, n.id", Notification.class)
                : em.createQuery("SELECT n FROM Notification n WHERE n.status = :status ORDER BY n.createdAt DESC, n.id",
                        Notification.class).setParameter("status", status);
        return query.getResultStream().map(NotificationView::of).toList();
    }

    /** One notification, for its printable form; the read goes to the audit trail. */
    public NotificationView notification(long id) {
        auditTrail.recordRead("Notification", String.valueOf(id));
        return NotificationView.of(find(id));
    }

    /** @throws Rejected unless it is to send */
    public NotificationView markSent(long id) {
        Notification n = find(id);
        try {
            n.sent(now(), me());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return NotificationView.of(n);
    }

    /** @throws Rejected unless it was sent */
    public NotificationView markAcknowledged(long id) {
        Notification n = find(id);
        try {
            n.acknowledged(now(), me());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.flush();
        return NotificationView.of(n);
    }

    private Notification find(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null) {
            throw new Rejected("notification", "testing.notification.rule.unknown");
        }
        return n;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
