package pl.citycare.healthsupport.application.roster;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.citycare.healthsupport.domain.roster.DutyShift;
import pl.citycare.healthsupport.domain.roster.Interval;
import pl.citycare.healthsupport.domain.roster.OpeningHours;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;
import pl.citycare.platform.security.administration.application.StaffDirectory;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Grafik dyżurów linii wsparcia: the coordinator plans the hotline psychologists' shifts week by week
 * and sees the opening hours nobody covers; a hotline psychologist sees their own shifts.
 */
@Stateless
public class DutyRoster {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "citycare.hotline.schedule", defaultValue = "MON-FRI 08:00-20:00")
    private String schedule;

    /** A shift as the roster shows it. */
    public record ShiftView(long id, String psychologist, Instant from, Instant to) {

        static ShiftView of(DutyShift s) {
            return new ShiftView(s.getId(), s.getPsychologist(), s.getStartsAt(), s.getEndsAt());
        }
    }

    /** One day of the roster: when the hotline is open, who is on duty, and the hours nobody covers. */
    public record RosterDay(LocalDate date, List<Interval> open, List<ShiftView> shifts, List<Interval> uncovered) {
    }

    /** The seven days from {@code monday}. */
    @RolesAllowed(Role.Names.HEALTH_COORDINATOR)
    public List<RosterDay> week(LocalDate monday) {
        OpeningHours hours = OpeningHours.parse(schedule);
        var days = new ArrayList<RosterDay>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            Instant from = date.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
            Instant to = date.plusDays(1).atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
            List<DutyShift> shifts = em.createQuery("SELECT s FROM DutyShift s WHERE s.startsAt < :to AND s.endsAt > :from "
                            + "ORDER BY s.startsAt, s.psychologist", DutyShift.class)
                    .setParameter("from", from).setParameter("to", to).getResultList();
            List<Interval> open = hours.on(date, LocaleBean.DISPLAY_ZONE);
            days.add(new RosterDay(date, open, shifts.stream().filter(s -> s.getStartsAt().isBefore(to)
                            && !s.getStartsAt().isBefore(from)).map(ShiftView::of).toList(),
                    Interval.uncovered(open, shifts.stream().map(DutyShift::interval).toList())));
        }
        return days;
    }

    /** Who can be on duty: the active hotline psychologists. */
    @RolesAllowed(Role.Names.HEALTH_COORDINATOR)
    public List<StaffMember> hotlinePsychologists() {
        return staff.withRole(Role.HOTLINE_PSYCHOLOGIST);
    }

    /**
     * Plans a shift.
     *
     * @throws Rejected naming the field: not a hotline psychologist, bad times, or a shift of theirs then
     */
    @RolesAllowed(Role.Names.HEALTH_COORDINATOR)
    public ShiftView plan(String psychologist, Instant from, Instant to) {
        if (psychologist == null || hotlinePsychologists().stream().noneMatch(p -> p.username().equals(psychologist))) {
            throw new Rejected("psychologist", "health.roster.rule.notHotlinePsychologist");
        }
        DutyShift shift;
        try {
            shift = DutyShift.plan(psychologist, from, to, session.getCallerPrincipal().getName());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        boolean overlaps = !em.createQuery("SELECT s FROM DutyShift s WHERE s.psychologist = :who AND s.startsAt < :to "
                        + "AND s.endsAt > :from", DutyShift.class)
                .setParameter("who", psychologist).setParameter("from", from).setParameter("to", to)
                .setMaxResults(1).getResultList().isEmpty();
        if (overlaps) {
            throw new Rejected("from", "health.roster.rule.overlap");
        }
        em.persist(shift);
        em.flush();
        return ShiftView.of(shift);
    }

    @RolesAllowed(Role.Names.HEALTH_COORDINATOR)
    public void remove(long shiftId) {
        DutyShift shift = em.find(DutyShift.class, shiftId);
        if (shift != null) {
            em.remove(shift);
        }
    }

    /** The caller's own shifts that end after {@code from}, soonest first. */
    @RolesAllowed(Role.Names.HOTLINE_PSYCHOLOGIST)
    public List<ShiftView> myShifts(Instant from, int limit) {
        return em.createQuery("SELECT s FROM DutyShift s WHERE s.psychologist = :me AND s.endsAt > :from "
                        + "ORDER BY s.startsAt", DutyShift.class)
                .setParameter("me", session.getCallerPrincipal().getName()).setParameter("from", from)
                .setMaxResults(limit).getResultStream().map(ShiftView::of).toList();
    }
}
