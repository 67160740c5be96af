package pl.citycare.platform.security.domain;

import jakarta.ejb.ApplicationException;
import pl.citycare.platform.security.domain.PasswordPolicy;

import java.util.Set;

/** A new password was refused: the reasons, or that the current password given was wrong. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends RuntimeException {

    private final transient Set<PasswordPolicy.Violation> violations;
    private final boolean wrongCurrentPassword;

    public PasswordRejectedException(Set<PasswordPolicy.Violation> violations, boolean wrongCurrentPassword) {
        super(wrongCurrentPassword ? "wrong current password" : "password policy: " + violations);
        this.violations = Set.copyOf(violations);
        this.wrongCurrentPassword = wrongCurrentPassword;
    }

    public Set<PasswordPolicy.Violation> violations() {
        return violations;
    }

    public boolean wrongCurrentPassword() {
        return wrongCurrentPassword;
    }
}
