package pl.citycare.healthsupport.domain.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** Lista oczekujących: a client waiting for a time at a centre, perhaps with one psychologist. */
@Entity
@Table(name = "hs_waiting_entry")
public class WaitingEntry extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "hs_waiting_entry_seq", sequenceName = "hs_waiting_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_waiting_entry_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "centre_code", nullable = false, updatable = false)
    private String centreCode;

    @Column(name = "preferred_psychologist", updatable = false)
    private String preferredPsychologist;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    /** When the client left the list (booked, or removed). */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected WaitingEntry() {
        // for JPA
    }

    public WaitingEntry(long clientId, String centreCode, String preferredPsychologist, Instant addedAt, String addedBy) {
        this.clientId = clientId;
        this.centreCode = centreCode;
        this.preferredPsychologist = preferredPsychologist;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    /** Whether a freed time with this psychologist suits the client. */
    public boolean fits(String psychologist) {
        return preferredPsychologist == null || preferredPsychologist.equals(psychologist);
    }

    public void close(Instant at) {
        closedAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getCentreCode() {
        return centreCode;
    }

    public Optional<String> getPreferredPsychologist() {
        return Optional.ofNullable(preferredPsychologist);
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("clientId", clientId);
        state.put("centreCode", centreCode);
        state.put("preferredPsychologist", preferredPsychologist);
        state.put("addedAt", addedAt);
        state.put("addedBy", addedBy);
        state.put("closedAt", closedAt);
        return state;
    }
}
