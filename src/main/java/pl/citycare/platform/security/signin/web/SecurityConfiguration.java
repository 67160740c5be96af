package pl.citycare.platform.security.signin.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;
import pl.citycare.platform.security.domain.Role;

/**
 * Sign-in through our own PrimeFaces login page ({@link SessionCallerMechanism}), checked by {@link AccountIdentityStore}
 * and, when configured, by Jakarta Security's LDAP identity store against the city's directory
 * ({@link DirectoryConfiguration}); {@link CityCareIdentityStoreHandler} decides which one answers.
 * Which pages need which role is declared in {@code web.xml} and on each service.
 */
@LdapIdentityStoreDefinition(
        url = "#{directoryConfig.url}",
        bindDn = "#{directoryConfig.bindDn}",
        bindDnPassword = "#{directoryConfig.bindPassword}",
        callerSearchBase = "#{directoryConfig.callerSearchBase}",
        callerNameAttribute = "#{directoryConfig.callerNameAttribute}",
        groupSearchBase = "#{directoryConfig.groupSearchBase}",
        groupMemberAttribute = "#{directoryConfig.groupMemberAttribute}",
        groupNameAttribute = "#{directoryConfig.groupNameAttribute}",
        readTimeout = 5000,
        priority = 20)
@DeclareRoles({
        Role.Names.ADMIN, Role.Names.HOTLINE_PSYCHOLOGIST, Role.Names.CENTRE_PSYCHOLOGIST,
        Role.Names.HEALTH_COORDINATOR, Role.Names.TESTING_CLERK, Role.Names.PROCUREMENT_CLERK,
        Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR})
@ApplicationScoped
public class SecurityConfiguration {
}
