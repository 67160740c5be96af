package pl.citycare.procurement.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Historia statusów: one step of a request, as its page shows it. Written once, never changed. */
@Entity
@Table(name = "pr_request_event")
public class RequestEvent extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "pr_request_event_seq", sequenceName = "pr_request_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pr_request_event_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestStatus status;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String reason;

    protected RequestEvent() {
        // for JPA
    }

    /** The request's status now, as a step of its history. */
    public static RequestEvent of(ProcurementRequest request, String actor, Instant at) {
        var event = new RequestEvent();
        event.requestId = request.getId();
        event.status = request.getStatus();
        event.actor = actor;
        event.at = at;
        event.reason = request.getRejectionReason().orElse(null);
        return event;
    }

    @Override
    public Long getId() {
        return id;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("requestId", requestId);
        state.put("status", status);
        state.put("actor", actor);
        state.put("at", at);
        state.put("reason", reason);
        return state;
    }
}
