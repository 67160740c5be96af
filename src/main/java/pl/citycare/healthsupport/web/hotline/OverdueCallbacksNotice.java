package pl.citycare.healthsupport.web.hotline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import pl.citycare.healthsupport.application.hotline.Callbacks;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.web.HomeNotice;
import pl.citycare.platform.web.HomeNoticeContribution;

import java.util.List;

/** Overdue callbacks stand out on a hotline psychologist's home page. */
@RequestScoped
public class OverdueCallbacksNotice implements HomeNoticeContribution {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Callbacks callbacks;

    @Override
    public List<HomeNotice> notices() {
        if (!securityContext.isCallerInRole(Role.Names.HOTLINE_PSYCHOLOGIST)) {
            return List.of();
        }
        long overdue = callbacks.overdue();
        return overdue == 0 ? List.of()
                : List.of(new HomeNotice("health.callbacks.overdueNotice", overdue, "/healthsupport/callbacks.xhtml"));
    }
}
