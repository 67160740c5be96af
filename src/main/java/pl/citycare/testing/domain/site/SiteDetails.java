package pl.citycare.testing.domain.site;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * What the clerk says about a test site: a stationary one has its own address, a mobile one goes to the
 * work site named by {@code workSiteId}; opening times apply to every open day.
 */
public record SiteDetails(String name, SiteKind kind, String address, Long workSiteId, LocalTime opensAt,
                          LocalTime closesAt, Set<DayOfWeek> openDays) implements Serializable {
}
