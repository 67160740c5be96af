package pl.citycare.bench;

import pl.citycare.platform.crypto.GeneratorSealing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/** What every step needs: the database, seed and scale, the id ranges reserved so far, time and randomness. */
final class Context {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** The generated years: from the first Monday of 2021 to a fixed end, so that a run on another day writes the same rows. */
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 4);

    final Database db;
    final long seed;
    final double scale;
    final LocalDate lastDay;
    final Optional<GeneratorSealing> sealing;
    private final Map<String, long[]> ranges = new HashMap<>();

    Context(Database db, long seed, double scale, LocalDate lastDay, Optional<GeneratorSealing> sealing) {
        this.db = db;
        this.seed = seed;
        this.scale = scale;
        this.lastDay = lastDay;
        this.sealing = sealing;
    }

    long scaled(long count) {
        return Math.max(1, Math.round(count * scale));
    }

    void range(String table, long base, long count) {
        ranges.put(table, new long[]{base, count});
    }

    long base(String table) {
        long[] range = ranges.get(table);
        if (range == null) {
            throw new IllegalStateException("No ids reserved for " + table + ": its step has not run");
        }
        return range[0];
    }

    /** The random numbers of one row: the same for the same seed, table and row, whatever was generated before. */
    SplittableRandom random(String table, long row) {
        long h = seed * 0x9E3779B97F4A7C15L + table.hashCode();
        return new SplittableRandom(mix(mix(h) + row * 0xBF58476D1CE4E5B9L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Opening hours over the generated years, for placing rows in time. */
    WorkingTime workingTime(Set<DayOfWeek> days, LocalTime opens, int minutesOpen) {
        return new WorkingTime(FIRST_DAY, lastDay, days, opens, minutesOpen);
    }

    static Set<DayOfWeek> weekdays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    /** Working days and hours from first to last day: a fraction of the whole maps to a moment in them. */
    static final class WorkingTime {

        private final List<LocalDate> days = new ArrayList<>();
        private final LocalTime opens;
        private final int minutesOpen;

        WorkingTime(LocalDate first, LocalDate last, Set<DayOfWeek> open, LocalTime opens, int minutesOpen) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (open.contains(d.getDayOfWeek())) {
                    days.add(d);
                }
            }
            this.opens = opens;
            this.minutesOpen = minutesOpen;
        }

        long totalMinutes() {
            return (long) days.size() * minutesOpen;
        }

        /** The moment {@code minute} working minutes from the start, rounded down to {@code round} minutes. */
        Instant at(long minute, int round) {
            long m = Math.min(Math.max(0, minute), totalMinutes() - 1);
            LocalDate day = days.get((int) (m / minutesOpen));
            long inDay = (m % minutesOpen) / round * round;
            return day.atTime(opens).plusMinutes(inDay).atZone(WARSAW).toInstant();
        }

        Instant atFraction(double fraction, int round) {
            return at((long) (fraction * totalMinutes()), round);
        }
    }
}
