package pl.citycare.testing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.domain.sample.TestResult;
import pl.citycare.testing.domain.site.TestSite;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Statystyki testów: tests per day and per ISO week, the positivity rate (positive among negative and
 * positive answers), and the median time from collection to result, overall and per employer and site,
 * for a period of at most a year. Counts only: no person is named.
 */
@Stateless
@RolesAllowed(Role.Names.TESTING_CLERK)
public class TestingStatistics {

    static final int PERIOD_DAYS_MAX = 366;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /** One group's figures: samples taken, answered, positive, positivity in percent, median hours to result. */
    public record Figures(String label, long tests, long answered, long positive, Double positivityPercent,
                          Double medianTurnaroundHours) implements Serializable {
    }

    /** The period's figures by day, week, employer and site, and in total. */
    public record Report(LocalDate from, LocalDate to, Figures total, List<Figures> byDay, List<Figures> byWeek,
                         List<Figures> byEmployer, List<Figures> bySite) implements Serializable {
    }

    record Row(LocalDate day, String employer, String site, TestResult result, Instant collectedAt, Instant resultAt) {
    }

    /** @throws Rejected for a period backwards or longer than a year */
    public Report report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(PERIOD_DAYS_MAX - 1L))) {
            throw new Rejected("to", "testing.stats.rule.period");
        }
        Instant start = from.atStartOfDay(TestSite.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TestSite.ZONE).toInstant();
        List<Row> rows = em.createQuery("SELECT s.collectedAt, s.resultAt, s.result, s.worker.employer.name, s.slot.site.name"
                        + " FROM Sample s WHERE s.collectedAt >= :start AND s.collectedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .map(r -> new Row(((Instant) r[0]).atZone(TestSite.ZONE).toLocalDate(), (String) r[3], (String) r[4],
                        (TestResult) r[2], (Instant) r[0], (Instant) r[1]))
                .toList();
        var byDay = new ArrayList<Figures>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            byDay.add(figures(day.toString(), rows.stream().filter(r -> r.day().equals(d)).toList()));
        }
        return new Report(from, to, figures("", rows), byDay,
                grouped(rows, r -> r.day().get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format(java.util.Locale.ROOT, "%02d", r.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
                grouped(rows, Row::employer), grouped(rows, Row::site));
    }

    private static List<Figures> grouped(List<Row> rows, Function<Row, String> key) {
        Map<String, List<Row>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups.entrySet().stream().map(e -> figures(e.getKey(), e.getValue())).toList();
    }

    static Figures figures(String label, List<Row> rows) {
        long answered = rows.stream().filter(r -> r.result() != TestResult.PENDING).count();
        long positive = rows.stream().filter(r -> r.result() == TestResult.POSITIVE).count();
        long decided = positive + rows.stream().filter(r -> r.result() == TestResult.NEGATIVE).count();
        Double positivity = decided == 0 ? null : Math.round(1000.0 * positive / decided) / 10.0;
        List<Long> minutes = rows.stream().filter(r -> r.resultAt() != null)
                .map(r -> Duration.between(r.collectedAt(), r.resultAt()).toMinutes()).sorted().toList();
        return new Figures(label, rows.size(), answered, positive, positivity, median(minutes));
    }

    /** The median in hours to one decimal, of minutes sorted ascending; null for none. */
    static Double median(List<Long> sortedMinutes) {
        if (sortedMinutes.isEmpty()) {
            return null;
        }
        int n = sortedMinutes.size();
        double minutes = n % 2 == 1 ? sortedMinutes.get(n / 2) : (sortedMinutes.get(n / 2 - 1) + sortedMinutes.get(n / 2)) / 2.0;
        return Math.round(minutes / 6.0) / 10.0;
    }
}
