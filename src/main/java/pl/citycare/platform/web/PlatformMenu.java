package pl.citycare.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.security.domain.Role;

import java.util.List;
import java.util.Set;

/** The platform's own menu entries: home and own account for everyone, administration, the audit trail. */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.group.general", "menu.home", "menu.home.hint", "/index.xhtml", "pi pi-home",
                        Set.of(), 0),
                new MenuEntry("menu.group.admin", "menu.users", "menu.users.hint", "/admin/users.xhtml",
                        "pi pi-users", Set.of(Role.Names.ADMIN), 700),
                new MenuEntry("menu.group.admin", "menu.signIns", "menu.signIns.hint", "/admin/sign-ins.xhtml",
                        "pi pi-list", Set.of(Role.Names.ADMIN), 710),
                new MenuEntry("menu.group.admin", "menu.admin.encryption", "menu.admin.encryption.hint",
                        "/admin/encryption.xhtml", "pi pi-key", Set.of(Role.Names.ADMIN), 720),
                new MenuEntry("menu.group.general", "menu.account", "menu.account.hint", "/account/index.xhtml",
                        "pi pi-user-edit", Set.of(), 800),
                new MenuEntry("menu.group.audit", "menu.auditTrail", "menu.auditTrail.hint", "/audit/trail.xhtml",
                        "pi pi-shield", Set.of(Role.Names.AUDITOR), 900));
    }
}
