package pl.citycare.testing.domain.lab;

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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.citycare.shared.domain.RuleViolation.require;

/**
 * Klucz API laboratorium: how a lab's system proves who it is when it posts results. The key is shown once,
 * when made, and kept only as its SHA-256 hash (a key is 32 random bytes, so a fast hash is as safe as a slow
 * one would be for a password); its first characters stay readable so the administrator can tell keys apart.
 * Revoked keys open nothing; the last use is kept.
 */
@Entity
@Table(name = "ts_lab_api_key")
public class LabApiKey extends AuditedEntity {

    public static final int LAB_MAX = 200;
    /** Every key starts so: easy to spot in a configuration file, and to find if one leaks. */
    public static final String PREFIX = "cclab_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "ts_lab_api_key_seq", sequenceName = "ts_lab_api_key_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ts_lab_api_key_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String lab;

    @Column(name = "key_start", nullable = false, updatable = false)
    private String keyStart;

    @AuditExcluded("the key's hash: nothing in the trail should help anyone guess a key")
    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @AuditExcluded("changes with every post; the results it brought are audited themselves")
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected LabApiKey() {
        // for JPA
    }

    private LabApiKey(String lab, String key, Instant at, String by) {
        this.lab = lab;
        this.keyStart = key.substring(0, PREFIX.length() + 6);
        this.keyHash = hash(key);
        this.createdAt = at;
        this.createdBy = by;
    }

    /** A new key and its one-time plain form. */
    public record Issued(LabApiKey key, String plain) {
    }

    /** @throws RuleViolation for a blank or over-long lab name */
    public static Issued issue(String lab, Instant at, String by) {
        String name = lab == null || lab.isBlank() ? null : lab.strip();
        require(name != null && name.length() <= LAB_MAX, "lab", "testing.labKey.rule.lab");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new LabApiKey(name, plain, at, by), plain);
    }

    /** The hash a presented key is looked up by. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getLab() {
        return lab;
    }

    public String getKeyStart() {
        return keyStart;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Override
    protected Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("lab", lab);
        state.put("keyStart", keyStart);
        state.put("createdAt", createdAt);
        state.put("createdBy", createdBy);
        state.put("revokedAt", revokedAt);
        return state;
    }
}
