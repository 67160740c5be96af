package pl.citycare.procurement.web;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.web.MenuContribution;
import pl.citycare.platform.web.MenuEntry;

import java.util.List;
import java.util.Set;

/** Procurement's entries in the main menu. */
@ApplicationScoped
public class ProcurementMenu implements MenuContribution {

    private static final Set<String> READERS = Set.of(Role.Names.PROCUREMENT_CLERK, Role.Names.PROCUREMENT_APPROVER,
            Role.Names.AUDITOR);
    /** The administrator keeps the thresholds dictionary. */
    private static final Set<String> THRESHOLD_READERS = Set.of(Role.Names.PROCUREMENT_CLERK,
            Role.Names.PROCUREMENT_APPROVER, Role.Names.AUDITOR, Role.Names.ADMIN);

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.group.procurement", "menu.procurement.budget", "menu.procurement.budget.hint",
                        "/procurement/budget.xhtml", "pi pi-wallet", READERS, 400),
                new MenuEntry("menu.group.procurement", "menu.procurement.report", "menu.procurement.report.hint",
                        "/procurement/report.xhtml", "pi pi-chart-bar", READERS, 405),
                new MenuEntry("menu.group.procurement", "menu.procurement.suppliers", "menu.procurement.suppliers.hint",
                        "/procurement/suppliers.xhtml", "pi pi-truck", READERS, 410),
                new MenuEntry("menu.group.procurement", "menu.procurement.requests", "menu.procurement.requests.hint",
                        "/procurement/requests.xhtml", "pi pi-inbox", READERS, 420),
                new MenuEntry("menu.group.procurement", "menu.procurement.contracts", "menu.procurement.contracts.hint",
                        "/procurement/contracts.xhtml", "pi pi-file", READERS, 425),
                new MenuEntry("menu.group.procurement", "menu.procurement.equipment", "menu.procurement.equipment.hint",
                        "/procurement/equipment.xhtml", "pi pi-exclamation-circle", READERS, 427),
                new MenuEntry("menu.group.procurement", "menu.procurement.thresholds", "menu.procurement.thresholds.hint",
                        "/procurement/thresholds.xhtml", "pi pi-sliders-h", THRESHOLD_READERS, 430),
                new MenuEntry("menu.group.audit", "menu.audit.register", "menu.audit.register.hint",
                        "/audit/register.xhtml", "pi pi-book", Set.of(Role.Names.AUDITOR), 905),
                new MenuEntry("menu.group.audit", "menu.audit.checks", "menu.audit.checks.hint",
                        "/audit/checks.xhtml", "pi pi-list-check", Set.of(Role.Names.AUDITOR), 910));
    }
}
