package pl.citycare.healthsupport.application.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import pl.citycare.healthsupport.domain.District;
import pl.citycare.healthsupport.domain.client.TargetGroup;
import pl.citycare.healthsupport.domain.hotline.Callback;
import pl.citycare.healthsupport.domain.hotline.ContactType;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statystyki programu for one year: clients taken in per month and centre, per target group and
 * district; hotline calls per month, by weekday and hour (Europe/Warsaw), their average length, and
 * callbacks made on time. Counted here from the year's rows, so that hours fall in Kraków's time zone
 * on every database.
 */
@Stateless
@RolesAllowed(Role.Names.HEALTH_COORDINATOR)
public class HealthStatistics {

    /** A callback done within this time after the promised moment counts as on time. */
    public static final Duration CALLBACK_GRACE = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    /**
     * One year's figures.
     *
     * @param intakeByCentre     per centre code, clients registered in each month (index 0 = January)
     * @param callsByWeekdayHour [day of week, Monday = 0][hour]
     * @param averageMinutes     mean length of counselling conversations, or 0 with none
     */
    public record YearStatistics(int year, Map<String, long[]> intakeByCentre, Map<TargetGroup, Long> intakeByTargetGroup,
                                 Map<District, Long> intakeByDistrict, long[] callsByMonth, long[][] callsByWeekdayHour,
                                 double averageMinutes, long callbacksDue, long callbacksOnTime) {

        public long intakeTotal() {
            return intakeByCentre.values().stream().mapToLong(m -> java.util.Arrays.stream(m).sum()).sum();
        }

        public long callsTotal() {
            return java.util.Arrays.stream(callsByMonth).sum();
        }
    }

    public YearStatistics of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, long[]> byCentre = new TreeMap<>();
        Map<TargetGroup, Long> byGroup = new EnumMap<>(TargetGroup.class);
        Map<District, Long> byDistrict = new EnumMap<>(District.class);
        List<Tuple> clients = em.createQuery("SELECT c.centreCode, c.registeredOn, c.district, c.id FROM Client c "
                        + "WHERE c.registeredOn >= :from AND c.registeredOn < :to", Tuple.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Tuple c : clients) {
            byCentre.computeIfAbsent(c.get(0, String.class), k -> new long[12])[c.get(1, LocalDate.class).getMonthValue() - 1]++;
            District district = c.get(2, District.class);
            if (district != null) {
                byDistrict.merge(district, 1L, Long::sum);
            }
        }
        for (Tuple g : em.createQuery("SELECT g, COUNT(c) FROM Client c JOIN c.targetGroups g "
                        + "WHERE c.registeredOn >= :from AND c.registeredOn < :to GROUP BY g", Tuple.class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            byGroup.put(g.get(0, TargetGroup.class), g.get(1, Long.class));
        }

        Instant start = from.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        Instant end = to.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        long[] byMonth = new long[12];
        long[][] heat = new long[7][24];
        long counselling = 0;
        long counsellingMinutes = 0;
        for (Tuple call : em.createQuery("SELECT c.startedAt, c.durationMinutes, c.contactType FROM HotlineCall c "
                        + "WHERE c.startedAt >= :start AND c.startedAt < :end", Tuple.class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            ZonedDateTime at = call.get(0, Instant.class).atZone(LocaleBean.DISPLAY_ZONE);
            byMonth[at.getMonthValue() - 1]++;
            heat[at.getDayOfWeek().getValue() - 1][at.getHour()]++;
            if (call.get(2, ContactType.class) == ContactType.COUNSELLING) {
                counselling++;
                counsellingMinutes += call.get(1, Integer.class);
            }
        }
        long due = 0;
        long onTime = 0;
        for (Tuple cb : em.createQuery("SELECT b.promisedAt, b.closedAt, b.status FROM Callback b "
                        + "WHERE b.promisedAt >= :start AND b.promisedAt < :end AND b.promisedAt < :now", Tuple.class)
                .setParameter("start", start).setParameter("end", end).setParameter("now", Instant.now()).getResultList()) {
            due++;
            Instant closed = cb.get(1, Instant.class);
            if (cb.get(2, Callback.Status.class) == Callback.Status.DONE && closed != null
                    && !closed.isAfter(cb.get(0, Instant.class).plus(CALLBACK_GRACE))) {
                onTime++;
            }
        }
        return new YearStatistics(year, byCentre, byGroup, byDistrict, byMonth, heat,
                counselling == 0 ? 0 : (double) counsellingMinutes / counselling, due, onTime);
    }
}
