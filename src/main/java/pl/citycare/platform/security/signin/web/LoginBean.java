package pl.citycare.platform.security.signin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.signin.application.SignInService;
import pl.citycare.platform.web.SessionExpiryFilter;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Logowanie: the login form. Thin: Jakarta Security and {@link SignInService} do the work. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInService signIn;

    @Inject
    private LocaleBean localeBean;

    private String username;
    private String password;
    private Boolean sessionExpired;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page first asked for
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> {
                // The form is answered normally (the mechanism set 401): a page, not an error.
                ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_OK);
                if (external.getRequestMap().get(CityCareIdentityStoreHandler.DIRECTORY_DOWN) != null) {
                    Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.directoryUnavailable");
                    return;
                }
                signIn.lockedUntil(username).ifPresentOrElse(
                        until -> Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.locked",
                                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                        .withLocale(LocaleBean.forFormatting(localeBean.getLocale()))
                                        .format(until.atZone(LocaleBean.DISPLAY_ZONE))),
                        () -> Messages.add(null, FacesMessage.SEVERITY_ERROR, "login.failed"));
            }
        }
    }

    /**
     * The browser was signed in and did not sign out, yet nobody is signed in now: the session timed out.
     * Said once; the marker goes with it.
     */
    public boolean isSessionExpired() {
        if (sessionExpired == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            sessionExpired = request.getUserPrincipal() == null && SessionExpiryFilter.hasMarker(request);
            if (sessionExpired) {
                ((HttpServletResponse) external.getResponse()).addCookie(SessionExpiryFilter.marker(request, "", 0));
            }
        }
        return sessionExpired;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
