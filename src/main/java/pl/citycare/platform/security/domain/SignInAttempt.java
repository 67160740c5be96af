package pl.citycare.platform.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Próba logowania: one line of the sign-in log. Written for every attempt, successful or not, and
 * (as an audited record) each is an event in the audit trail too.
 */
@Entity
@Table(name = "app_sign_in")
public class SignInAttempt extends AuditedEntity {

    /** How the attempt ended. */
    public enum Outcome {
        SIGNED_IN, WRONG_PASSWORD, UNKNOWN_USER, LOCKED, INACTIVE, NO_ROLE, DIRECTORY_UNAVAILABLE,
        /** The directory vouched for a person whose name another CityCare record already holds. */
        DIRECTORY_CONFLICT;

        public boolean success() {
            return this == SIGNED_IN;
        }
    }

    /** Which identity store answered. */
    public enum Source {
        LOCAL, DIRECTORY
    }

    @Id
    @SequenceGenerator(name = "app_sign_in_seq", sequenceName = "app_sign_in_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_sign_in_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String address;

    @AuditExcluded("follows from the outcome, which is audited")
    @Column(nullable = false, updatable = false)
    private boolean success;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    protected SignInAttempt() {
        // for JPA
    }

    public SignInAttempt(String username, Instant occurredAt, String address, Outcome outcome, Source source) {
        this.username = UserAccount.normalise(username);
        this.occurredAt = occurredAt;
        this.address = address;
        this.outcome = outcome;
        this.success = outcome.success();
        this.source = source;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAddress() {
        return address;
    }

    public boolean isSuccess() {
        return success;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Source getSource() {
        return source;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("occurredAt", occurredAt);
        state.put("address", address);
        state.put("outcome", outcome);
        state.put("source", source);
        return state;
    }
}
