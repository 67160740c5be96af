package pl.citycare.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import pl.citycare.platform.i18n.Messages;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The main menu of the signed-in user: only what their roles allow (the server checks again on each page). */
@Named("menu")
@RequestScoped
public class MenuBean {

    @Inject
    @Any
    private Instance<MenuContribution> contributions;

    @Inject
    private SecurityContext securityContext;

    @Inject
    @Any
    private Instance<HomeNoticeContribution> noticeContributions;

    private List<MenuEntry> visible;
    private MenuModel model;

    /** The entries this user may open, in menu order. */
    public List<MenuEntry> getEntries() {
        if (visible == null) {
            visible = contributions.stream()
                    .flatMap(c -> c.entries().stream())
                    .filter(e -> e.visibleTo(securityContext::isCallerInRole))
                    .sorted(Comparator.comparingInt(MenuEntry::order))
                    .toList();
        }
        return visible;
    }

    /** What the modules want this user to see first on the home page. */
    public List<HomeNotice> getNotices() {
        return noticeContributions.stream().flatMap(c -> c.notices().stream()).toList();
    }

    /** A notice's text in the user's language, with its count. */
    public String noticeText(HomeNotice notice) {
        return Messages.text(notice.messageKey(), notice.count());
    }

    public MenuModel getModel() {
        if (model == null) {
            model = new DefaultMenuModel();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
            getEntries().forEach(e -> groups.computeIfAbsent(e.group(), g -> new java.util.ArrayList<>()).add(e));
            groups.forEach((group, entries) -> {
                if (group.equals("menu.group.general")) {
                    entries.forEach(e -> model.getElements().add(item(e, context)));
                } else {
                    var submenu = DefaultSubMenu.builder().label(Messages.text(group)).build();
                    entries.forEach(e -> submenu.getElements().add(item(e, context)));
                    model.getElements().add(submenu);
                }
            });
        }
        return model;
    }

    private static DefaultMenuItem item(MenuEntry entry, String context) {
        return DefaultMenuItem.builder()
                .value(Messages.text(entry.labelKey()))
                .icon(entry.icon())
                .url(context + entry.outcome())
                .styleClass("menu-" + entry.outcome().replaceAll("[^a-z]", ""))
                .build();
    }
}
