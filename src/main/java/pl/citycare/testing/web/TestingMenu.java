package pl.citycare.testing.web;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.web.MenuContribution;
import pl.citycare.platform.web.MenuEntry;

import java.util.List;
import java.util.Set;

/** Testing's entries in the main menu. */
@ApplicationScoped
public class TestingMenu implements MenuContribution {

    private static final Set<String> CLERK = Set.of(Role.Names.TESTING_CLERK);

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.group.testing", "menu.testing.employers", "menu.testing.employers.hint",
                        "/testing/employers.xhtml", "pi pi-building", CLERK, 300),
                new MenuEntry("menu.group.testing", "menu.testing.workers", "menu.testing.workers.hint",
                        "/testing/workers.xhtml", "pi pi-users", CLERK, 310),
                new MenuEntry("menu.group.testing", "menu.testing.workerImport", "menu.testing.workerImport.hint",
                        "/testing/worker-import.xhtml", "pi pi-file-import", CLERK, 315),
                new MenuEntry("menu.group.testing", "menu.testing.sites", "menu.testing.sites.hint",
                        "/testing/sites.xhtml", "pi pi-map-marker", CLERK, 320),
                new MenuEntry("menu.group.testing", "menu.testing.slots", "menu.testing.slots.hint",
                        "/testing/slots.xhtml", "pi pi-calendar", CLERK, 330),
                new MenuEntry("menu.group.testing", "menu.testing.samples", "menu.testing.samples.hint",
                        "/testing/samples.xhtml", "pi pi-filter", CLERK, 340),
                new MenuEntry("menu.group.testing", "menu.testing.unmatched", "menu.testing.unmatched.hint",
                        "/testing/unmatched.xhtml", "pi pi-inbox", CLERK, 345),
                new MenuEntry("menu.group.testing", "menu.testing.labImport", "menu.testing.labImport.hint",
                        "/testing/lab-import.xhtml", "pi pi-upload", CLERK, 343),
                new MenuEntry("menu.group.testing", "menu.testing.notifications", "menu.testing.notifications.hint",
                        "/testing/notifications.xhtml", "pi pi-bell", CLERK, 350),
                new MenuEntry("menu.group.testing", "menu.testing.statistics", "menu.testing.statistics.hint",
                        "/testing/statistics.xhtml", "pi pi-chart-bar", CLERK, 360),
                new MenuEntry("menu.group.testing", "menu.testing.retention", "menu.testing.retention.hint",
                        "/testing/retention.xhtml", "pi pi-eraser", CLERK, 370),
                new MenuEntry("menu.group.testing", "menu.testing.labKeys", "menu.testing.labKeys.hint",
                        "/testing/lab-keys.xhtml", "pi pi-key", Set.of(Role.Names.ADMIN), 390));
    }
}
