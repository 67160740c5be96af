package pl.citycare.platform.security.signin.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;
import pl.citycare.platform.security.signin.application.SignInOutcome;
import pl.citycare.platform.security.signin.application.SignInService;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Decides who answers a sign-in: a local account (with its own password) always by the database
 * store, anyone else by the city directory when it is configured. Replaces Jakarta Security's default
 * handler, whose "first store that says valid wins" would let a directory password open a local
 * account, or a deactivated account in through the other store.
 * <p>
 * Only a well-formed username (the rule local usernames follow) ever reaches the directory, and it goes
 * there escaped for an LDAP search filter (RFC 4515) besides: {@code oko*} or {@code x)(uid=*} must never
 * match somebody else. A name that is not well formed is answered by the database store, which knows no
 * such account.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CityCareIdentityStoreHandler implements IdentityStoreHandler {

    /** Request attribute set when the directory could not be reached; the login page says so. */
    public static final String DIRECTORY_DOWN = "citycare.directoryUnavailable";

    private static final Logger LOG = Logger.getLogger(CityCareIdentityStoreHandler.class.getName());

    @Inject
    private AccountIdentityStore localStore;

    @Inject
    @Any
    private Instance<IdentityStore> stores;

    @Inject
    private DirectoryConfiguration directory;

    @Inject
    private SignInService signIn;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = UserAccount.normalise(login.getCaller());
        if (!directory.isEnabled() || !UserAccount.isWellFormed(name) || signIn.isLocalAccount(name)) {
            return localStore.validate(login);
        }
        if (signIn.refuseIfLocked(name, request.getRemoteAddr()).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return validateWithDirectory(name, login.getPasswordAsString());
    }

    private CredentialValidationResult validateWithDirectory(String name, String password) {
        CredentialValidationResult result;
        try {
            result = directoryStore().validate(new UsernamePasswordCredential(LdapFilter.escape(name), password));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The city directory could not be asked: " + failure);
            result = CredentialValidationResult.INVALID_RESULT;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            boolean down = !directory.isReachable();
            if (down) {
                request.setAttribute(DIRECTORY_DOWN, Boolean.TRUE);
            }
            signIn.recordDirectoryFailure(name, request.getRemoteAddr(), down);
            return CredentialValidationResult.INVALID_RESULT;
        }
        SignInOutcome outcome = signIn.signInFromDirectory(name, result.getCallerDn(),
                directory.rolesFor(result.getCallerGroups()), request.getRemoteAddr());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            AccountIdentityStore.renewSession(request);
            return new CredentialValidationResult(signedIn.username(),
                    signedIn.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    /** Jakarta Security's LDAP identity store, declared on {@link SecurityConfiguration}. */
    private IdentityStore directoryStore() {
        return stores.stream()
                .filter(store -> store.getClass().getName().contains("LdapIdentityStore"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No LDAP identity store is deployed"));
    }
}
