package pl.citycare.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.security.domain.Role;

import java.util.List;
import java.util.Set;

/** The platform's own menu entries: home for everyone, the audit trail for auditors. */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.group.general", "menu.home", "menu.home.hint", "/index.xhtml", "pi pi-home",
                        Set.of(), 0),
                new MenuEntry("menu.group.audit", "menu.auditTrail", "menu.auditTrail.hint", "/audit/trail.xhtml",
                        "pi pi-shield", Set.of(Role.Names.AUDITOR), 900));
    }
}
