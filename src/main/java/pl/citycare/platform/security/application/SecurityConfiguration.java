package pl.citycare.platform.security.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import pl.citycare.platform.security.domain.Role;

/**
 * Sign-in through our own PrimeFaces login page (custom form), checked by {@link AccountIdentityStore}.
 * Which pages need which role is declared in {@code web.xml} and on each service.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
        Role.Names.ADMIN, Role.Names.HOTLINE_PSYCHOLOGIST, Role.Names.CENTRE_PSYCHOLOGIST,
        Role.Names.HEALTH_COORDINATOR, Role.Names.TESTING_CLERK, Role.Names.PROCUREMENT_CLERK,
        Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
@ApplicationScoped
public class SecurityConfiguration {
}
