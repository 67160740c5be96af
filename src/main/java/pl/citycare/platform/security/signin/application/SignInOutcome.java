package pl.citycare.platform.security.signin.application;

import pl.citycare.platform.security.domain.Role;

import java.time.Instant;
import java.util.Set;

/** How a sign-in attempt ended; the login page turns it into the message a clerk reads. */
public sealed interface SignInOutcome {

    /** Signed in; {@code mustChangePassword} sends the user to choose their own password first. */
    record SignedIn(String username, Set<Role> roles, boolean mustChangePassword) implements SignInOutcome {
    }

    /** Wrong username or password: deliberately the same answer for both. */
    record Rejected() implements SignInOutcome {
    }

    /** Too many wrong passwords: no password is checked until {@code until}. */
    record Locked(Instant until) implements SignInOutcome {
    }
}
