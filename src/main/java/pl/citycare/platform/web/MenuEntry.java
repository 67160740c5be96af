package pl.citycare.platform.web;

import java.util.Set;

/**
 * One entry of the main menu and of the home page.
 *
 * @param group     message key of the menu group (a bounded context, or "menu.group.general")
 * @param labelKey  message key of the entry's label
 * @param hintKey   message key of the one-line description on the home page
 * @param outcome   the view it opens, e.g. "/audit/trail.xhtml"
 * @param icon      PrimeIcons class
 * @param roles     roles that see it; empty means every signed-in user
 * @param order     position within the menu, lower first
 */
public record MenuEntry(String group, String labelKey, String hintKey, String outcome, String icon,
                        Set<String> roles, int order) {

    public boolean visibleTo(java.util.function.Predicate<String> hasRole) {
        return roles.isEmpty() || roles.stream().anyMatch(hasRole);
    }
}
