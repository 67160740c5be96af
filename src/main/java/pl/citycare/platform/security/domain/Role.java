package pl.citycare.platform.security.domain;

/**
 * Rola użytkownika: what a person may do in CityCare (see docs/security.md for the full matrix).
 * A person may hold several roles; every page, action and endpoint checks its role on the server.
 */
public enum Role {
    ADMIN,
    HOTLINE_PSYCHOLOGIST,
    CENTRE_PSYCHOLOGIST,
    HEALTH_COORDINATOR,
    TESTING_CLERK,
    PROCUREMENT_CLERK,
    PROCUREMENT_APPROVER,
    AUDITOR;

    /** The role names as compile-time constants, for {@code @RolesAllowed} and {@code isUserInRole}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String HOTLINE_PSYCHOLOGIST = "HOTLINE_PSYCHOLOGIST";
        public static final String CENTRE_PSYCHOLOGIST = "CENTRE_PSYCHOLOGIST";
        public static final String HEALTH_COORDINATOR = "HEALTH_COORDINATOR";
        public static final String TESTING_CLERK = "TESTING_CLERK";
        public static final String PROCUREMENT_CLERK = "PROCUREMENT_CLERK";
        public static final String PROCUREMENT_APPROVER = "PROCUREMENT_APPROVER";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
