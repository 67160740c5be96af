package pl.citycare.platform.security.signin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.signin.application.SignInOutcome;
import pl.citycare.platform.security.signin.application.SignInService;

import java.util.stream.Collectors;

/**
 * The database identity store: checks a username and password against {@code app_user} and
 * hands Jakarta Security the account's roles as groups (mapped one to one onto roles).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.signIn(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            renewSession(request);
            if (signedIn.mustChangePassword()) {
                request.getSession().setAttribute(PasswordChangeGate.MUST_CHANGE, Boolean.TRUE);
            }
            return new CredentialValidationResult(signedIn.username(),
                    signedIn.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    /** A new session id at sign-in: a session id planted before login is worth nothing after it. */
    static void renewSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }
}
