package pl.citycare.healthsupport.domain.hotline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stały rozmówca: a caller who agreed to be recognised by a code, so that the next psychologist sees
 * their earlier calls. The code is the only thing held about them; no name, no phone.
 */
@Entity
@Table(name = "hs_returning_caller")
public class ReturningCaller extends AuditedEntity {

    @Id
    private String code;

    /** When the caller agreed to the code (the call that made it). */
    @Column(name = "consented_at", nullable = false, updatable = false)
    private Instant consentedAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    protected ReturningCaller() {
        // for JPA
    }

    public ReturningCaller(String code, Instant consentedAt, String registeredBy) {
        this.code = code;
        this.consentedAt = consentedAt;
        this.registeredBy = registeredBy;
    }

    @Override
    public String getId() {
        return code;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("consentedAt", consentedAt);
        state.put("registeredBy", registeredBy);
        return state;
    }
}
