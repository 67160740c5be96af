package pl.citycare.platform.security.administration.application;

import pl.citycare.platform.security.domain.Role;

/**
 * What the administrator's user list is filtered by; null fields do not filter.
 *
 * @param text   part of the username or display name, any case
 * @param role   only users holding this role
 * @param status only users in this state
 */
public record UserFilter(String text, Role role, Status status) {

    /** State of an account as the list shows it. */
    public enum Status {
        ACTIVE, INACTIVE, LOCKED
    }

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
