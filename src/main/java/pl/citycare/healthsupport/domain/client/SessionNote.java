package pl.citycare.healthsupport.domain.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Notatka z sesji: what a centre psychologist writes after a session with a client. Readable only by the
 * psychologists of the client's centre; the body is held sealed. A note is never changed: a correction
 * is a new note, so what was read once stays what was written.
 */
@Entity
@Table(name = "hs_session_note")
public class SessionNote extends AuditedEntity {

    public static final String BODY_PURPOSE = "hs_session_note.body";
    public static final int BODY_MAX = 8000;

    @Id
    @SequenceGenerator(name = "hs_session_note_seq", sequenceName = "hs_session_note_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_session_note_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @AuditExcluded("health data, sealed: the trail records that a note was written and every read of it")
    @Column(name = "body_sealed", nullable = false, updatable = false)
    private String bodySealed;

    protected SessionNote() {
        // for JPA
    }

    /**
     * Writes a note about the client.
     *
     * @throws RuleViolation when the body is empty or too long (field {@code body})
     */
    public static SessionNote write(Client client, String writtenBy, String body, Instant now, Client.Sealing sealing) {
        if (body == null || body.isBlank()) {
            throw new RuleViolation("body", "health.note.rule.bodyRequired");
        }
        if (body.length() > BODY_MAX) {
            throw new RuleViolation("body", "health.note.rule.bodyTooLong");
        }
        var note = new SessionNote();
        note.clientId = client.getId();
        note.writtenBy = writtenBy;
        note.writtenAt = now;
        note.bodySealed = sealing.seal(body.strip(), BODY_PURPOSE);
        return note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBodySealed() {
        return bodySealed;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("clientId", clientId);
        state.put("writtenBy", writtenBy);
        state.put("writtenAt", writtenAt);
        return state;
    }
}
