package pl.citycare.platform.security.ownaccount.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.domain.PasswordRejectedException;
import pl.citycare.platform.security.domain.SignInAttempt;
import pl.citycare.platform.security.ownaccount.application.AccountProfile;
import pl.citycare.platform.security.ownaccount.application.OwnAccount;
import pl.citycare.platform.security.signin.web.PasswordChangeGate;
import pl.citycare.platform.security.web.PasswordMessages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Moje konto: the signed-in user's language, password and latest sign-ins. */
@Named
@ViewScoped
public class OwnAccountBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 20;

    @Inject
    private OwnAccount ownAccount;

    @Inject
    private LocaleBean localeBean;

    private String language;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private boolean directoryAccount;
    private boolean mustChangePassword;
    private List<SignInAttempt> recentSignIns;

    @PostConstruct
    void init() {
        AccountProfile profile = ownAccount.profile().orElseThrow();
        language = localeBean.getLanguage();
        directoryAccount = profile.directoryAccount();
        mustChangePassword = profile.mustChangePassword();
        recentSignIns = ownAccount.recentSignIns(RECENT);
    }

    public void saveLanguage() {
        localeBean.change(language);
        Messages.add(null, FacesMessage.SEVERITY_INFO, "account.languageSaved");
    }

    public void changePassword() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Messages.add("password:confirmation", FacesMessage.SEVERITY_ERROR, "password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            ownAccount.changePassword(currentPassword, newPassword);
        } catch (PasswordRejectedException rejected) {
            PasswordMessages.add("password:new", rejected);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).getSession().removeAttribute(PasswordChangeGate.MUST_CHANGE);
        external.getFlash().setKeepMessages(true);
        Messages.add(null, FacesMessage.SEVERITY_INFO, "password.changed");
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public List<SignInAttempt> getRecentSignIns() {
        return recentSignIns;
    }

    public boolean isDirectoryAccount() {
        return directoryAccount;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
