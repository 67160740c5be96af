package pl.citycare.platform.security.signinlog.application;

import java.time.Instant;

/**
 * Filters of the sign-in log; null fields do not filter.
 *
 * @param username exact username (any case)
 * @param success  only successful (true) or only failed (false) attempts
 * @param from     attempts at or after this moment
 * @param to       attempts before this moment
 */
public record SignInFilter(String username, Boolean success, Instant from, Instant to) {
}
