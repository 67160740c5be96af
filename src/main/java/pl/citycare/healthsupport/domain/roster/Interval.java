package pl.citycare.healthsupport.domain.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch of time [from, to). */
public record Interval(Instant from, Instant to) {

    /**
     * What of the open intervals no shift covers: the hours without cover (godziny bez obsady).
     */
    public static List<Interval> uncovered(List<Interval> open, List<Interval> covered) {
        var sorted = new ArrayList<>(covered);
        sorted.sort(Comparator.comparing(Interval::from));
        var gaps = new ArrayList<Interval>();
        for (Interval o : open) {
            Instant cursor = o.from();
            for (Interval c : sorted) {
                if (!c.to().isAfter(cursor) || !c.from().isBefore(o.to())) {
                    continue;
                }
                if (c.from().isAfter(cursor)) {
                    gaps.add(new Interval(cursor, c.from()));
                }
                if (c.to().isAfter(cursor)) {
                    cursor = c.to();
                }
                if (!cursor.isBefore(o.to())) {
                    break;
                }
            }
            if (cursor.isBefore(o.to())) {
                gaps.add(new Interval(cursor, o.to()));
            }
        }
        return gaps;
    }
}
