package pl.citycare.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.ownaccount.application.AccountProfile;
import pl.citycare.platform.security.ownaccount.application.OwnAccount;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signed-in user as the top bar shows them, and sign-out. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OwnAccount ownAccount;

    private static final Logger LOG = Logger.getLogger(CurrentUserBean.class.getName());

    private AccountProfile profile;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getDisplayName() {
        AccountProfile user = profile();
        return user != null ? user.displayName() : isSignedIn() ? securityContext.getCallerPrincipal().getName() : "";
    }

    /** The user's roles, in the order of the role list, as translated names. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.name())).toList();
    }

    public String getRoleNames() {
        return String.join(", ", getRoles().stream().map(r -> Messages.text("role." + r.name())).toList());
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        ((jakarta.servlet.http.HttpServletResponse) external.getResponse())
                .addCookie(SessionExpiryFilter.marker(request, "", 0)); // signed out on purpose: no "expired" notice
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    private AccountProfile profile() {
        if (profile == null && isSignedIn()) {
            try {
                profile = ownAccount.profile().orElse(null);
            } catch (EJBException unavailable) {
                // The database away, or the call refused: every page's top bar asks for this, the error pages' too,
                // and an error page that fails on it leaves the clerk with the server's bare 500 instead.
                LOG.log(Level.WARNING, "The signed-in user's profile could not be read: " + unavailable);
            }
        }
        return profile;
    }
}
