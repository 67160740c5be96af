package pl.citycare.healthsupport.web.roster;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.roster.DutyRoster.RosterDay;
import pl.citycare.healthsupport.application.roster.DutyRoster;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.platform.security.administration.application.StaffDirectory.StaffMember;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Grafik dyżurów for the coordinator: a week of opening hours, shifts and the hours nobody covers. */
@Named
@ViewScoped
public class RosterBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private DutyRoster roster;

    private LocalDate weekStart;
    private List<RosterDay> days;
    private List<StaffMember> psychologists;

    private String psychologist;
    private LocalDate date;
    private String from;
    private String to;

    @PostConstruct
    void init() {
        weekStart = LocalDate.now(LocaleBean.DISPLAY_ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        psychologists = roster.hotlinePsychologists();
        load();
    }

    public void load() {
        days = roster.week(weekStart);
    }

    public void previousWeek() {
        weekStart = weekStart.minusWeeks(1);
        load();
    }

    public void nextWeek() {
        weekStart = weekStart.plusWeeks(1);
        load();
    }

    public void plan() {
        Instant start = at(date, from);
        Instant end = to == null || date == null ? null
                : "24:00".equals(to) ? date.plusDays(1).atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant() : at(date, to);
        try {
            roster.plan(psychologist, start, end);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.roster.planned");
            weekStart = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            load();
        } catch (Rejected rejected) {
            Messages.add("plan:" + rejected.field(), FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void remove(long shiftId) {
        roster.remove(shiftId);
        Messages.add(null, FacesMessage.SEVERITY_INFO, "health.roster.removed");
        load();
    }

    private static Instant at(LocalDate day, String time) {
        return day == null || time == null ? null : day.atTime(LocalTime.parse(time)).atZone(LocaleBean.DISPLAY_ZONE).toInstant();
    }

    /** "08:00–12:00" in Kraków time. */
    public String span(Instant start, Instant end) {
        return HOURS.format(start.atZone(LocaleBean.DISPLAY_ZONE)) + "–"
                + HOURS.format(end.atZone(LocaleBean.DISPLAY_ZONE)).replace("00:00", "24:00");
    }

    public String nameOf(String username) {
        return psychologists.stream().filter(p -> p.username().equals(username)).map(StaffMember::displayName)
                .findFirst().orElse(username);
    }

    public List<String> getTimes() {
        var times = new ArrayList<String>();
        for (int h = 0; h < 24; h++) {
            times.add("%02d:00".formatted(h));
            times.add("%02d:30".formatted(h));
        }
        return times;
    }

    public List<String> getEndTimes() {
        var times = new ArrayList<>(getTimes().subList(1, 48));
        times.add("24:00");
        return times;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(LocalDate weekStart) {
        this.weekStart = weekStart == null ? this.weekStart : weekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public List<RosterDay> getDays() {
        return days;
    }

    public List<StaffMember> getPsychologists() {
        return psychologists;
    }

    public String getPsychologist() {
        return psychologist;
    }

    public void setPsychologist(String psychologist) {
        this.psychologist = psychologist;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
