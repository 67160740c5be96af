package pl.citycare.platform.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditExcluded;
import pl.citycare.shared.audit.AuditedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Konto użytkownika: a person who signs in, their roles, and the lockout that stops password guessing.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount extends AuditedEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";

    /** What a username may look like (after {@link #normalise}); nothing else reaches a store or a directory. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @AuditExcluded("a secret; the trail records passwordSet and passwordChangedAt instead")
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale = "pl";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "directory_account", nullable = false)
    private boolean directoryAccount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * The directory's own name of a directory user (their DN): the record is found by it, so one person
     * has one record however their username is typed.
     */
    @Column(name = "directory_dn")
    private String directoryDn;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    /**
     * The local record of a person who signs in with the city directory: no password here, roles from
     * groups, identified by the directory's DN.
     */
    public static UserAccount fromDirectory(String username, String directoryDn, Set<Role> roles, Instant now) {
        var account = new UserAccount(username, UserAccount.normalise(username), null, roles, now);
        account.directoryAccount = true;
        account.directoryDn = Objects.requireNonNull(directoryDn, "directoryDn");
        return account;
    }

    /**
     * Usernames compare case-insensitively: "JKowalski" and "jkowalski" are one account. Surrounding white
     * space goes; control characters stay (so that "name\0" is not well formed and not "name").
     */
    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * True for a username of 3 to 64 lower-case letters, digits, dots, hyphens and underscores that starts
     * with a letter or digit (as normalised): the one rule for local and directory names alike.
     */
    public static boolean isWellFormed(String normalisedUsername) {
        return normalisedUsername != null && USERNAME.matcher(normalisedUsername).matches();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password; the attempt that reaches {@code maxAttempts} locks the account for
     * {@code lockout}, and the count starts again once the lock has run out.
     *
     * @return true when this attempt locked the account
     */
    public boolean recordFailedSignIn(Instant now, int maxAttempts, Duration lockout) {
        if (lockedUntil != null && !isLockedAt(now)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * Records the directory's DN for a directory record made before DNs were kept. A record keeps its DN:
     * the directory vouching for someone else under this name changes nothing.
     */
    public void attachDirectoryDn(String dn) {
        if (directoryAccount && directoryDn == null) {
            this.directoryDn = dn;
        }
    }

    public void changePreferredLocale(String languageTag) {
        this.preferredLocale = languageTag;
    }

    /** The user chose a new password: the forced change, if any, is done. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** An administrator set a temporary password: the user must choose their own at the next sign-in. */
    public void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        unlock();
    }

    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void unlock() {
        this.lockedUntil = null;
        this.failedAttempts = 0;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void assignRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> getLastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Optional<Instant> getPasswordChangedAt() {
        return Optional.ofNullable(passwordChangedAt);
    }

    public boolean isDirectoryAccount() {
        return directoryAccount;
    }

    public Optional<String> getDirectoryDn() {
        return Optional.ofNullable(directoryDn);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @Override
    protected Map<String, Object> auditState() {
        // The password hash stays out of the trail; when it changed is enough for an auditor.
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("preferredLocale", preferredLocale);
        state.put("active", active);
        state.put("failedAttempts", failedAttempts);
        state.put("lockedUntil", lockedUntil);
        state.put("lastLoginAt", lastLoginAt);
        state.put("roles", getRoles());
        state.put("directoryAccount", directoryAccount);
        state.put("directoryDn", directoryDn);
        state.put("createdAt", createdAt);
        state.put("passwordSet", passwordHash != null);
        state.put("passwordChangedAt", passwordChangedAt);
        state.put("mustChangePassword", mustChangePassword);
        return state;
    }
}
