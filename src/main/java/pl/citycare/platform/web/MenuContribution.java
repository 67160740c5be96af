package pl.citycare.platform.web;

import java.util.List;

/**
 * What a module adds to the main menu. Each bounded context provides one CDI bean implementing this,
 * so the menu grows as contexts land without the platform knowing them.
 */
public interface MenuContribution {

    List<MenuEntry> entries();
}
