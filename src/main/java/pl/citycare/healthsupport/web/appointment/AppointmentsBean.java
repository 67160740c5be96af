package pl.citycare.healthsupport.web.appointment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.citycare.healthsupport.application.appointment.Appointments.AppointmentView;
import pl.citycare.healthsupport.application.appointment.Appointments.Booking;
import pl.citycare.healthsupport.application.appointment.Appointments.StatusChange;
import pl.citycare.healthsupport.application.appointment.Appointments.Waiting;
import pl.citycare.healthsupport.application.appointment.Appointments.WaitingProposal;
import pl.citycare.healthsupport.application.appointment.Appointments;
import pl.citycare.healthsupport.application.client.Clients.CentreRef;
import pl.citycare.healthsupport.application.client.Clients;
import pl.citycare.healthsupport.domain.appointment.AppointmentStatus;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminarz: one centre's week of appointments (all psychologists or one), the booking form, and the
 * waiting list. When a cancellation frees a time, the first waiting client who fits is put into the form.
 */
@Named
@ViewScoped
public class AppointmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LocalTime FIRST = LocalTime.of(7, 0);
    private static final LocalTime LAST = LocalTime.of(21, 45);
    /** The booking form's fields a rejection can name; others (the centre, the appointment) go to the top. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("clientCode", "psychologist", "time", "minutes");

    @Inject
    private Appointments appointments;

    @Inject
    private Clients clients;

    private List<CentreRef> centres;
    private String centre;
    private String psychologistFilter;
    private LocalDate weekStart;
    private List<AppointmentView> week;
    private List<String> psychologists;
    private List<Waiting> waiting;

    private String clientCode;
    private String psychologist;
    private LocalDate date;
    private String time;
    private Integer minutes = 60; // the usual session, with time to write the note
    private Long moving;
    private long movingVersion;

    private String waitingCode;
    private String waitingPsychologist;

    @PostConstruct
    void init() {
        centres = clients.myCentres();
        centre = centres.isEmpty() ? null : centres.get(0).code();
        weekStart = LocalDate.now(LocaleBean.DISPLAY_ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        refresh();
    }

    /** Reloads the week, the centre's psychologists and its waiting list. */
    public void refresh() {
        if (centre == null) {
            week = List.of();
            psychologists = List.of();
            waiting = List.of();
            return;
        }
        psychologists = appointments.psychologists(centre);
        Instant from = weekStart.atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(LocaleBean.DISPLAY_ZONE).toInstant();
        week = appointments.calendar(centre, from, to, psychologistFilter);
        waiting = appointments.waitingList(centre);
    }

    public void previousWeek() {
        weekStart = weekStart.minusWeeks(1);
        refresh();
    }

    public void nextWeek() {
        weekStart = weekStart.plusWeeks(1);
        refresh();
    }

    /** Books the appointment in the form, or saves the new time of the one being moved. */
    public void book() {
        Instant start = date == null || time == null ? null
                : LocalDateTime.of(date, LocalTime.parse(time)).atZone(LocaleBean.DISPLAY_ZONE).toInstant();
        try {
            if (moving == null) {
                AppointmentView booked = appointments.book(new Booking(centre, clientCode, psychologist, start,
                        minutes == null ? 0 : minutes));
                Messages.add(null, FacesMessage.SEVERITY_INFO, "health.appointment.booked", booked.clientCode());
            } else {
                appointments.move(moving, movingVersion, start, minutes == null ? 0 : minutes);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "health.appointment.moved");
            }
            clearForm();
            refresh();
        } catch (Rejected rejected) {
            String field = "startsAt".equals(rejected.field()) ? "time" : rejected.field();
            Messages.add(FIELDS.contains(field) ? "booking:" + field : null, FacesMessage.SEVERITY_ERROR,
                    rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Loads an appointment into the form to give it a new time. */
    public void startMove(AppointmentView appointment) {
        moving = appointment.id();
        movingVersion = appointment.version();
        clientCode = appointment.clientCode();
        psychologist = appointment.psychologist();
        LocalDateTime local = LocalDateTime.ofInstant(appointment.startsAt(), LocaleBean.DISPLAY_ZONE);
        date = local.toLocalDate();
        time = local.toLocalTime().toString();
        minutes = appointment.minutes();
    }

    public void cancelMove() {
        clearForm();
    }

    public void setStatus(AppointmentView appointment, AppointmentStatus status) {
        try {
            StatusChange change = appointments.changeStatus(appointment.id(), appointment.version(), status);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.appointment.statusSet",
                    Messages.text("health.appointmentStatus." + change.status()));
            change.proposal().ifPresent(this::propose);
            refresh();
        } catch (Rejected rejected) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
        }
    }

    private void propose(WaitingProposal proposal) {
        clearForm();
        clientCode = proposal.clientCode();
        psychologist = proposal.psychologist();
        LocalDateTime local = LocalDateTime.ofInstant(proposal.startsAt(), LocaleBean.DISPLAY_ZONE);
        date = local.toLocalDate();
        time = local.toLocalTime().toString();
        minutes = proposal.minutes();
        Messages.add(null, FacesMessage.SEVERITY_WARN, "health.waiting.proposal", proposal.clientCode());
    }

    public void addWaiting() {
        try {
            appointments.addToWaitingList(centre, waitingCode, waitingPsychologist);
            waitingCode = null;
            waitingPsychologist = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, "health.waiting.added");
            refresh();
        } catch (Rejected rejected) {
            String field = "preferredPsychologist".equals(rejected.field()) ? rejected.field() : "waitingClient";
            Messages.add("waiting:" + field, FacesMessage.SEVERITY_ERROR, rejected.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void removeWaiting(long entryId) {
        appointments.removeFromWaitingList(entryId);
        refresh();
    }

    private void clearForm() {
        moving = null;
        clientCode = null;
        date = null;
        time = null;
    }

    /** The start times the form offers: every quarter-hour of the centres' day. */
    public List<String> getTimes() {
        var times = new ArrayList<String>();
        for (LocalTime t = FIRST; !t.isAfter(LAST); t = t.plusMinutes(15)) {
            times.add(t.toString());
        }
        return times;
    }

    public List<Integer> getLengths() {
        return List.of(15, 30, 45, 60, 75, 90, 120);
    }

    public List<AppointmentStatus> nextOf(AppointmentView appointment) {
        return List.copyOf(appointment.status().next());
    }

    public LocalDate getWeekEnd() {
        return weekStart.plusDays(6);
    }

    public boolean isMoving() {
        return moving != null;
    }

    public List<CentreRef> getCentres() {
        return centres;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getPsychologistFilter() {
        return psychologistFilter;
    }

    public void setPsychologistFilter(String psychologistFilter) {
        this.psychologistFilter = psychologistFilter;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(LocalDate weekStart) {
        this.weekStart = weekStart == null ? this.weekStart : weekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public List<AppointmentView> getWeek() {
        return week;
    }

    public List<String> getPsychologists() {
        return psychologists;
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }

    public String getClientCode() {
        return clientCode;
    }

    public void setClientCode(String clientCode) {
        this.clientCode = clientCode;
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

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getWaitingCode() {
        return waitingCode;
    }

    public void setWaitingCode(String waitingCode) {
        this.waitingCode = waitingCode;
    }

    public String getWaitingPsychologist() {
        return waitingPsychologist;
    }

    public void setWaitingPsychologist(String waitingPsychologist) {
        this.waitingPsychologist = waitingPsychologist;
    }
}
