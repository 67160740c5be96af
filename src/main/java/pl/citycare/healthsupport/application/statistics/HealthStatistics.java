package pl.citycare.healthsupport.application.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        List<Object[]> clients = em.createQuery("SELECT c.centreCode, c.registeredOn, c.district, c.id FROM Client c "
                        + "WHERE c.registeredOn >= :from AND c.registeredOn < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] c : clients) {
            byCentre.computeIfAbsent((String) c[0], k -> new long[12])[((LocalDate) c[1]).getMonthValue() - 1]++;
            District district = (District) c[2];
            if (district != null) {
                byDistrict.merge(district, 1L, Long::sum);
            }
        }
        for (Object[] g : em.createQuery("SELECT g, COUNT(c) FROM Client c JOIN c.targetGroups g "
                        + "WHERE c.registeredOn >= :from AND c.registeredOn < :to GROUP BY g", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            byGroup.put((TargetGroup) g[0], ((Number) g[1]).longValue());
        }

        Instant start = from.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        Instant end = to.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        long[] byMonth = new long[12];
        long[][] heat = new long[7][24];
        long counselling = 0;
        long counsellingMinutes = 0;
        for (Object[] call : em.createQuery("SELECT c.startedAt, c.durationMinutes, c.contactType FROM HotlineCall c "
                        + "WHERE c.startedAt >= :start AND c.startedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            ZonedDateTime at = ((Instant) call[0]).atZone(LocaleBean.DISPLAY_ZONE);
            byMonth[at.getMonthValue() - 1]++;
            heat[at.getDayOfWeek().getValue() - 1][at.getHour()]++;
            if (call[2] == ContactType.COUNSELLING) {
                counselling++;
                counsellingMinutes += ((Number) call[1]).longValue();
            }
        }
        long due = 0;
        long onTime = 0;
        for (Object[] cb : em.createQuery("SELECT b.promisedAt, b.closedAt, b.status FROM Callback b "
                        + "WHERE b.promisedAt >= :start AND b.promisedAt < :end AND b.promisedAt < :now", Object[].class)
                .setParameter("start", start).setParameter("end", end).setParameter("now", Instant.now()).getResultList()) {
            due++;
            Instant closed = (Instant) cb[1];
            if (cb[2] == Callback.Status.DONE && closed != null && !closed.isAfter(((Instant) cb[0]).plus(CALLBACK_GRACE))) {
                onTime++;
            }
        }
        return new YearStatistics(year, byCentre, byGroup, byDistrict, byMonth, heat,
                counselling == 0 ? 0 : (double) counsellingMinutes / counselling, due, onTime);
    }
}
