package pl.citycare.testing.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.sample.Sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Zgłoszenie wyniku dodatniego: a positive result to be reported to the employer or to Sanepid, with the
 * worker's isolation period. Made when a sample's result becomes positive; the clerk records it sent and
 * acknowledged. A correction away from positive withdraws it if it was not sent yet.
 */
@Entity
@Table(name = "ts_notification")
public class Notification extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "ts_notification_seq", sequenceName = "ts_notification_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_notification_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sample_id", nullable = false, updatable = false)
    private Sample sample;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Recipient recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(name = "isolation_until", nullable = false)
    private LocalDate isolationUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    protected Notification() {
        // for JPA
    }

    public Notification(Sample sample, Recipient recipient, LocalDate isolationUntil, Instant at) {
        this.sample = sample;
        this.recipient = recipient;
        this.isolationUntil = isolationUntil;
        this.createdAt = at;
        this.status = NotificationStatus.TO_SEND;
    }

    /** @throws RuleViolation unless it is to send */
    public void sent(Instant at, String by) {
        require(status == NotificationStatus.TO_SEND, "notification", "testing.notification.rule.notToSend");
        status = NotificationStatus.SENT;
        sentAt = at;
        sentBy = by;
    }

    /** @throws RuleViolation unless it was sent */
    public void acknowledged(Instant at, String by) {
        require(status == NotificationStatus.SENT, "notification", "testing.notification.rule.notSent");
        status = NotificationStatus.ACKNOWLEDGED;
        acknowledgedAt = at;
        acknowledgedBy = by;
    }

    /** The result is no longer positive: a notification not yet sent is withdrawn (a sent one stays, for the record). */
    public void resultCorrected() {
        if (status == NotificationStatus.TO_SEND) {
            status = NotificationStatus.WITHDRAWN;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Sample getSample() {
        return sample;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public LocalDate getIsolationUntil() {
        return isolationUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("sample", sample == null ? null : sample.getId());
        state.put("recipient", recipient);
        state.put("status", status);
        state.put("isolationUntil", isolationUntil);
        state.put("createdAt", createdAt);
        state.put("sentAt", sentAt);
        state.put("sentBy", sentBy);
        state.put("acknowledgedAt", acknowledgedAt);
        state.put("acknowledgedBy", acknowledgedBy);
        return state;
    }
}
