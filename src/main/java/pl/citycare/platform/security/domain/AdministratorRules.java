package pl.citycare.platform.security.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The rules that keep the city from losing its administrators: nobody removes their own ADMIN role
 * or deactivates themselves, and the last active administrator keeps the role and stays active.
 * (The last-administrator case arises when the one acting is an administrator by directory group,
 * with no active local ADMIN account of their own.)
 */
public final class AdministratorRules {

    private AdministratorRules() {
    }

    /**
     * @param otherActiveAdmins active accounts other than {@code target} holding ADMIN
     * @return the message key of the broken rule, if any
     */
    public static Optional<String> checkRoleChange(UserAccount target, Set<Role> newRoles, String caller,
                                                   long otherActiveAdmins) {
        if (newRoles.isEmpty()) {
            return Optional.of("admin.rule.noRole");
        }
        if (target.hasRole(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            if (target.getUsername().equals(UserAccount.normalise(caller))) {
                return Optional.of("admin.rule.selfDemotion");
            }
            if (target.isActive() && otherActiveAdmins == 0) {
                return Optional.of("admin.rule.lastAdmin");
            }
        }
        return Optional.empty();
    }

    /** @see #checkRoleChange(UserAccount, Set, String, long) */
    public static Optional<String> checkDeactivation(UserAccount target, String caller, long otherActiveAdmins) {
        if (target.getUsername().equals(UserAccount.normalise(caller))) {
            return Optional.of("admin.rule.selfDeactivation");
        }
        if (target.hasRole(Role.ADMIN) && target.isActive() && otherActiveAdmins == 0) {
            return Optional.of("admin.rule.lastAdmin");
        }
        return Optional.empty();
    }
}
