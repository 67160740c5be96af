package pl.citycare.platform.security.ownaccount.application;

import pl.citycare.platform.security.domain.Role;

import java.time.Instant;
import java.util.Set;

/**
 * The signed-in user's own account as pages and the API show it: never the entity, so no password hash
 * travels beyond the service.
 */
public record AccountProfile(String username, String displayName, Set<Role> roles, String preferredLocale,
                             boolean directoryAccount, boolean mustChangePassword, Instant lastLoginAt) {
}
