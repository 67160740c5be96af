package pl.citycare.healthsupport.web;

import jakarta.enterprise.context.ApplicationScoped;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.platform.web.MenuContribution;
import pl.citycare.platform.web.MenuEntry;

import java.util.List;
import java.util.Set;

/** Health support's entries in the main menu. */
@ApplicationScoped
public class HealthSupportMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menu.group.health", "menu.health.call", "menu.health.call.hint",
                        "/healthsupport/call.xhtml", "pi pi-phone", Set.of(Role.Names.HOTLINE_PSYCHOLOGIST), 190),
                new MenuEntry("menu.group.health", "menu.health.callbacks", "menu.health.callbacks.hint",
                        "/healthsupport/callbacks.xhtml", "pi pi-replay", Set.of(Role.Names.HOTLINE_PSYCHOLOGIST), 195),
                new MenuEntry("menu.group.health", "menu.health.myShifts", "menu.health.myShifts.hint",
                        "/healthsupport/my-shifts.xhtml", "pi pi-clock", Set.of(Role.Names.HOTLINE_PSYCHOLOGIST), 198),
                new MenuEntry("menu.group.health", "menu.health.roster", "menu.health.roster.hint",
                        "/healthsupport/roster.xhtml", "pi pi-calendar-plus", Set.of(Role.Names.HEALTH_COORDINATOR), 205),
                new MenuEntry("menu.group.health", "menu.health.clients", "menu.health.clients.hint",
                        "/healthsupport/clients.xhtml", "pi pi-id-card", Set.of(Role.Names.CENTRE_PSYCHOLOGIST), 210),
                new MenuEntry("menu.group.health", "menu.health.appointments", "menu.health.appointments.hint",
                        "/healthsupport/appointments.xhtml", "pi pi-calendar", Set.of(Role.Names.CENTRE_PSYCHOLOGIST), 215),
                new MenuEntry("menu.group.health", "menu.health.calls", "menu.health.calls.hint",
                        "/healthsupport/calls.xhtml", "pi pi-list", Set.of(Role.Names.HEALTH_COORDINATOR), 207),
                new MenuEntry("menu.group.health", "menu.health.noteReads", "menu.health.noteReads.hint",
                        "/healthsupport/note-reads.xhtml", "pi pi-eye", Set.of(Role.Names.HEALTH_COORDINATOR), 220),
                new MenuEntry("menu.group.health", "menu.health.statistics", "menu.health.statistics.hint",
                        "/healthsupport/statistics.xhtml", "pi pi-chart-bar", Set.of(Role.Names.HEALTH_COORDINATOR), 222),
                new MenuEntry("menu.group.health", "menu.health.retention", "menu.health.retention.hint",
                        "/healthsupport/retention.xhtml", "pi pi-history", Set.of(Role.Names.HEALTH_COORDINATOR), 225),
                new MenuEntry("menu.group.health", "menu.health.centres", "menu.health.centres.hint",
                        "/healthsupport/centres.xhtml", "pi pi-building",
                        Set.of(Role.Names.HEALTH_COORDINATOR, Role.Names.ADMIN), 200));
    }
}
