package pl.citycare.platform.security.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.domain.PasswordRejectedException;
import pl.citycare.platform.security.domain.PasswordPolicy;

/** Shows why a password was refused, one translated message per reason, next to the field. */
public final class PasswordMessages {

    private PasswordMessages() {
    }

    public static void add(String clientId, PasswordRejectedException rejected) {
        if (rejected.wrongCurrentPassword()) {
            Messages.add("password:current", FacesMessage.SEVERITY_ERROR, "password.wrongCurrent");
        }
        for (PasswordPolicy.Violation violation : rejected.violations()) {
            Messages.add(clientId, FacesMessage.SEVERITY_ERROR, "password.policy." + violation.name(),
                    PasswordPolicy.MIN_LENGTH);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
