package pl.citycare.platform.security.administration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.administration.application.AccountRuleViolation;
import pl.citycare.platform.security.administration.application.UserAdministration;
import pl.citycare.platform.security.domain.PasswordRejectedException;
import pl.citycare.platform.security.web.PasswordMessages;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.security.domain.UserAccount;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Konto użytkownika (edycja): create or edit one account. Thin: the rules live in {@link UserAdministration}. */
@Named
@ViewScoped
public class UserEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    private List<Role> roles = new ArrayList<>();
    private String temporaryPassword;
    private boolean active = true;
    private boolean locked;
    private boolean directoryAccount;

    /** Called by f:viewAction: loads the account named by ?id=, or prepares a new one. */
    public void load() {
        if (id != null) {
            read(administration.get(id));
        }
    }

    private void read(UserAccount account) {
        id = account.getId();
        version = account.getVersion();
        username = account.getUsername();
        displayName = account.getDisplayName();
        roles = new ArrayList<>(account.getRoles());
        active = account.isActive();
        locked = account.isLockedAt(Instant.now());
        directoryAccount = account.isDirectoryAccount();
    }

    public void save() throws IOException {
        try {
            var roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            if (isNew()) {
                UserAccount created = administration.create(username, displayName, temporaryPassword, roleSet);
                temporaryPassword = null;
                flashAndGo("admin.user.created", created);
            } else {
                read(administration.update(id, version, displayName, roleSet));
                Messages.add(null, FacesMessage.SEVERITY_INFO, "admin.user.saved");
            }
        } catch (AccountRuleViolation violation) {
            Messages.add(violation.messageKey().equals("admin.rule.usernameTaken")
                    || violation.messageKey().equals("admin.rule.usernameFormat") ? "user:username" : null,
                    FacesMessage.SEVERITY_ERROR, violation.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (PasswordRejectedException rejected) {
            PasswordMessages.add("user:temporaryPassword", rejected);
        }
    }

    public void resetPassword() {
        try {
            administration.resetPassword(id, temporaryPassword);
            temporaryPassword = null;
            read(administration.get(id));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "admin.user.passwordReset");
        } catch (AccountRuleViolation violation) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, violation.messageKey());
        } catch (PasswordRejectedException rejected) {
            PasswordMessages.add("user:temporaryPassword", rejected);
        }
    }

    /** At least one role: checked here rather than by required="true" (see user.xhtml). */
    public void requireRole(FacesContext context, jakarta.faces.component.UIComponent component,
                            Object value) {
        if (value == null || (value instanceof java.util.Collection<?> c && c.isEmpty())
                || (value instanceof Object[] a && a.length == 0)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("admin.rule.noRole"), null));
        }
    }

    public void deactivate() {
        act(() -> administration.deactivate(id), "admin.user.deactivated");
    }

    public void activate() {
        act(() -> administration.activate(id), "admin.user.activated");
    }

    public void unlock() {
        act(() -> administration.unlock(id), "admin.user.unlocked");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            read(administration.get(id));
            Messages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
        } catch (AccountRuleViolation violation) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, violation.messageKey());
        }
    }

    private void flashAndGo(String key, UserAccount created) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.add(null, FacesMessage.SEVERITY_INFO, key, created.getUsername());
        external.redirect(external.getRequestContextPath() + "/admin/user.xhtml?id=" + created.getId());
    }

    public boolean isNew() {
        return id == null;
    }

    public Role[] getRoleOptions() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isDirectoryAccount() {
        return directoryAccount;
    }
}
