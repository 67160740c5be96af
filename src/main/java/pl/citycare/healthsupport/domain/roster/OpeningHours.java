package pl.citycare.healthsupport.domain.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Godziny pracy linii: when the hotline answers, per weekday, written as in the configuration
 * ({@code citycare.hotline.schedule}): {@code MON-FRI 08:00-20:00; SAT 10:00-14:00}.
 */
public final class OpeningHours {

    private static final Pattern PART = Pattern.compile(
            "\\s*([A-Z]{3})(?:-([A-Z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})\\s*");

    private final Map<DayOfWeek, List<LocalTime[]>> hours;

    private OpeningHours(Map<DayOfWeek, List<LocalTime[]>> hours) {
        this.hours = hours;
    }

    /** @throws IllegalArgumentException naming the part that cannot be read */
    public static OpeningHours parse(String schedule) {
        var hours = new EnumMap<DayOfWeek, List<LocalTime[]>>(DayOfWeek.class);
        for (String part : schedule.toUpperCase(Locale.ROOT).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("Cannot read the hotline schedule part '" + part.strip()
                        + "' (write e.g. MON-FRI 08:00-20:00; SAT 10:00-14:00)");
            }
            DayOfWeek first = day(m.group(1));
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
            LocalTime from = LocalTime.parse(m.group(3));
            LocalTime to = m.group(4).equals("24:00") ? LocalTime.MAX : LocalTime.parse(m.group(4));
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("The hotline schedule part '" + part.strip() + "' ends before it starts");
            }
            for (int d = first.getValue(); d <= last.getValue(); d++) {
                hours.computeIfAbsent(DayOfWeek.of(d), k -> new ArrayList<>()).add(new LocalTime[]{from, to});
            }
        }
        return new OpeningHours(hours);
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Not a day of the week: " + abbreviation + " (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    /** The hotline's open intervals on that day, in the zone given. */
    public List<Interval> on(LocalDate date, ZoneId zone) {
        var open = new ArrayList<Interval>();
        for (LocalTime[] h : hours.getOrDefault(date.getDayOfWeek(), List.of())) {
            var end = h[1] == LocalTime.MAX ? date.plusDays(1).atStartOfDay(zone) : date.atTime(h[1]).atZone(zone);
            open.add(new Interval(date.atTime(h[0]).atZone(zone).toInstant(), end.toInstant()));
        }
        return open;
    }
}
