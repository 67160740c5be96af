package pl.citycare.platform.security.signin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.citycare.platform.web.SecurityHeadersFilter;

import java.io.Serializable;
import java.util.Set;

/**
 * Sign-in through our own login page ({@link LoginBean} hands the typed credential to
 * {@code SecurityContext.authenticate}), checked by {@link CityCareIdentityStoreHandler}; a page that needs a
 * signed-in user sends the browser to the login page first and, once signed in, back to the page it asked for.
 * <p>
 * Who signed in, with their roles, is kept in the HTTP session as {@link SignedInCaller} and told to the container
 * again on every request. That replaces the built-in custom-form mechanism, whose "auto apply session" leaves the
 * roles where Payara sometimes does not find them: under load a signed-in clerk now and then got 403 on a page
 * of their own role (seen in {@code DatabaseOutageFault}: 8 of 318 page views; payara/Payara#6145), and on another
 * member of a cluster never (payara/Payara#6342). A session attribute is ours, serialisable, and replicated with
 * the session.
 */
@ApplicationScoped
public class SessionCallerMechanism implements HttpAuthenticationMechanism {

    /** The session attribute that holds the signed-in caller. */
    static final String CALLER = "citycare.signedInCaller";
    /** The page a signed-out browser asked for, to go back to after signing in (a path of ours, never a URL given). */
    static final String RETURN_TO = "citycare.returnTo";
    static final String LOGIN_PAGE = "/login.xhtml";

    /** The signed-in caller and the roles the identity store gave them at sign-in. */
    record SignedInCaller(String name, Set<String> roles) implements Serializable {

        SignedInCaller {
            roles = Set.copyOf(roles);
        }
    }

    @Inject
    private IdentityStoreHandler identityStores;

    // Jakarta Security's @LoginToContinue does not fit here: it sends every request for a protected page to the login
    // page before the mechanism is asked whether the session already holds a caller (the built-in mechanisms answer
    // that in an interceptor of their own, the "auto apply session" this class replaces).
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result); // a failure the login page explains, not an error page
            }
            // The identity store has already given the session a new id (AccountIdentityStore.renewSession).
            HttpSession session = request.getSession();
            session.setAttribute(CALLER, new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            if (session.getAttribute(RETURN_TO) instanceof String page) {
                session.removeAttribute(RETURN_TO);
                return context.redirect(request.getContextPath() + page); // signed in from the next request on
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        if (context.isProtected()) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            if (isPageToReturnTo(request, page)) {
                request.getSession().setAttribute(RETURN_TO, request.getQueryString() == null ? page : page + "?" + request.getQueryString());
            }
            SecurityHeadersFilter.addHeaders(request, response); // made before the filter chain, which adds them elsewhere
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * A page a person asked for: a GET for one of our pages, asked for as HTML (not the favicon or an image the browser
     * fetches by itself while the login page shows), and never "//host/…" or a backslash, so that the way back stays
     * on this server (no open redirect).
     */
    private static boolean isPageToReturnTo(HttpServletRequest request, String page) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && (page.equals("/") || page.endsWith(".xhtml"))
                && page.startsWith("/") && !page.startsWith("//") && !page.contains("\\");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
