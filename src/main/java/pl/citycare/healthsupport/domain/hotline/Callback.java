package pl.citycare.healthsupport.domain.hotline;

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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Oddzwonienie: a call back the hotline promised a caller, for a time. Any hotline psychologist may make
 * it; after three failed attempts it is closed, with that as the reason.
 */
@Entity
@Table(name = "hs_callback")
public class Callback extends AuditedEntity {

    /** Failed attempts after which a callback is given up. */
    public static final int MAX_ATTEMPTS = 3;

    /** Where a callback stands. */
    public enum Status { OPEN, DONE, UNREACHED }

    @Id
    @SequenceGenerator(name = "hs_callback_seq", sequenceName = "hs_callback_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hs_callback_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private HotlineCall call;

    @Column(name = "promised_at", nullable = false, updatable = false)
    private Instant promisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Username of whoever closed it. */
    @Column(name = "closed_by")
    private String closedBy;

    protected Callback() {
        // for JPA
    }

    public Callback(HotlineCall call, Instant promisedAt) {
        this.call = call;
        this.promisedAt = promisedAt;
    }

    /** The caller was reached. */
    public void done(String psychologist, Instant now) {
        requireOpen();
        status = Status.DONE;
        close(psychologist, now);
    }

    /**
     * The caller did not answer; the third time closes the callback.
     *
     * @return true when this attempt closed it
     */
    public boolean failedAttempt(String psychologist, Instant now) {
        requireOpen();
        failedAttempts++;
        if (failedAttempts >= MAX_ATTEMPTS) {
            status = Status.UNREACHED;
            close(psychologist, now);
            return true;
        }
        return false;
    }

    /** Open and its promised time has passed: it stands out for every hotline psychologist. */
    public boolean isOverdueAt(Instant now) {
        return status == Status.OPEN && promisedAt.isBefore(now);
    }

    private void close(String psychologist, Instant now) {
        closedBy = psychologist;
        closedAt = now;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Callback " + id + " is closed already");
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public HotlineCall getCall() {
        return call;
    }

    public Instant getPromisedAt() {
        return promisedAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> getClosedBy() {
        return Optional.ofNullable(closedBy);
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("call", call == null ? null : call.getId());
        state.put("promisedAt", promisedAt);
        state.put("status", status);
        state.put("failedAttempts", failedAttempts);
        state.put("closedAt", closedAt);
        state.put("closedBy", closedBy);
        return state;
    }
}
