package pl.citycare.testing.domain.document;

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
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zaświadczenie o wyniku: the bilingual document of a sample's result, with an identifier printed on it
 * and a random token behind its QR code ({@code /verify/<token>}). The result it states is kept with it; a
 * corrected result revokes it, and its QR page then says "revoked".
 */
@Entity
@Table(name = "ts_result_document")
public class ResultDocument extends AuditedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "ts_result_document_seq", sequenceName = "ts_result_document_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_result_document_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sample_id", nullable = false, updatable = false)
    private Sample sample;

    @Column(nullable = false, updatable = false)
    private String uvci;

    @AuditExcluded("the secret behind the QR code: whoever holds it can check the document, so it stays out of the trail")
    @Column(nullable = false, updatable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TestResult result;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ResultDocument() {
        // for JPA
    }

    /** A document of the sample's current (final) result. */
    public ResultDocument(Sample sample, Instant at, String by) {
        if (sample.getResult() == TestResult.PENDING) {
            throw new IllegalStateException("A pending sample has no result to document");
        }
        this.sample = sample;
        this.result = sample.getResult();
        this.uvci = Uvci.newIdentifier();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.status = DocumentStatus.VALID;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    /** Revoked for good: its QR page no longer confirms anything. */
    public void revoke(Instant at) {
        if (status == DocumentStatus.VALID) {
            status = DocumentStatus.REVOKED;
            revokedAt = at;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Sample getSample() {
        return sample;
    }

    public String getUvci() {
        return uvci;
    }

    public String getToken() {
        return token;
    }

    public TestResult getResult() {
        return result;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("sample", sample == null ? null : sample.getId());
        state.put("uvci", uvci);
        state.put("result", result);
        state.put("status", status);
        state.put("issuedAt", issuedAt);
        state.put("issuedBy", issuedBy);
        state.put("revokedAt", revokedAt);
        return state;
    }
}
