package pl.citycare.healthsupport.application.appointment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import pl.citycare.healthsupport.application.client.CentreWall;
import pl.citycare.healthsupport.domain.Centre;
import pl.citycare.healthsupport.domain.appointment.Appointment;
import pl.citycare.healthsupport.domain.appointment.AppointmentStatus;
import pl.citycare.healthsupport.domain.appointment.WaitingEntry;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Terminarz centrum: the psychologists of a centre book their clients' appointments with any psychologist
 * of the centre, move them, record what happened, and keep the waiting list. Nobody is ever in two
 * appointments at once: the service says so politely, the database guarantees it under concurrency.
 */
@Stateless
@RolesAllowed(Role.Names.CENTRE_PSYCHOLOGIST)
public class Appointments {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** An appointment as the calendar shows it (client by code). */
    public record AppointmentView(long id, long version, String clientCode, String psychologist, Instant startsAt,
                                  Instant endsAt, int minutes, AppointmentStatus status) {
    }

    /** What the booking form asks for. */
    public record Booking(String centreCode, String clientCode, String psychologist, Instant startsAt, int minutes) {
    }

    /** A waiting client to offer a freed time to. */
    public record WaitingProposal(long entryId, String clientCode, Instant waitingSince, String psychologist,
                                  Instant startsAt, int minutes) {
    }

    /** A client on a centre's waiting list. */
    public record Waiting(long id, String clientCode, String preferredPsychologist, Instant addedAt) {
    }

    /** The outcome of a status change: the status set, and a waiting client who fits the freed time, if any. */
    public record StatusChange(AppointmentStatus status, Optional<WaitingProposal> proposal) {
    }

    /** The psychologists of one of the caller's centres, by username. */
    public List<String> psychologists(String centreCode) {
        return myCentre(centreCode).getPsychologists().stream().sorted().toList();
    }

    /** The centre's appointments that start in [from, to), optionally of one psychologist, by start. */
    public List<AppointmentView> calendar(String centreCode, Instant from, Instant to, String psychologist) {
        Centre centre = myCentre(centreCode);
        String who = blankToNull(psychologist);
        var query = em.createQuery("SELECT a FROM Appointment a WHERE a.centreCode = :centre "
                        + "AND a.startsAt >= :from AND a.startsAt < :to" + (who == null ? "" : " AND a.psychologist = :psychologist")
                        + " ORDER BY a.startsAt, a.psychologist", Appointment.class)
                .setParameter("centre", centre.getCode()).setParameter("from", from).setParameter("to", to);
        if (who != null) {
            query.setParameter("psychologist", who);
        }
        List<Appointment> found = query.getResultList();
        return views(found);
    }

    /**
     * Books an appointment for a client of the centre with one of its psychologists.
     *
     * @throws Rejected naming the field: unknown client, not the centre's psychologist, a bad
     *                             time, or someone already booked then
     */
    public AppointmentView book(Booking booking) {
        Centre centre = myCentre(booking.centreCode());
        Client client = clientOf(centre, booking.clientCode());
        if (!centre.getPsychologists().contains(booking.psychologist())) {
            throw new Rejected("psychologist", "health.appointment.rule.notOfCentre");
        }
        Instant now = now();
        Appointment appointment;
        try {
            appointment = Appointment.book(client.getId(), centre.getCode(), booking.psychologist(), booking.startsAt(),
                    booking.minutes(), me(), now);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        refuseOverlaps(null, booking.psychologist(), client.getId(), appointment.getStartsAt(), appointment.getEndsAt());
        em.persist(appointment);
        flushGuarded();
        em.createQuery("SELECT w FROM WaitingEntry w WHERE w.clientId = :client AND w.centreCode = :centre "
                        + "AND w.closedAt IS NULL", WaitingEntry.class)
                .setParameter("client", client.getId()).setParameter("centre", centre.getCode()).getResultStream()
                .forEach(w -> w.close(now));
        return views(List.of(appointment)).get(0);
    }

    /**
     * Moves an appointment as the caller last saw it.
     *
     * @throws Rejected     for a time the rules or other appointments refuse
     * @throws OptimisticLockException when it changed since {@code expectedVersion}
     */
    public AppointmentView move(long id, long expectedVersion, Instant newStart, int minutes) {
        Appointment appointment = mine(id, expectedVersion);
        try {
            appointment.move(newStart, minutes, now());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        refuseOverlaps(appointment.getId(), appointment.getPsychologist(), appointment.getClientId(),
                appointment.getStartsAt(), appointment.getEndsAt());
        flushGuarded();
        return views(List.of(appointment)).get(0);
    }

    /**
     * Records what happened to an appointment. When its time is freed, the first waiting client of the
     * centre who fits (no preference or this psychologist, and free then) is proposed.
     *
     * @throws Rejected     for a change the status rules refuse
     * @throws OptimisticLockException when it changed since {@code expectedVersion}
     */
    public StatusChange changeStatus(long id, long expectedVersion, AppointmentStatus requested) {
        Appointment appointment = mine(id, expectedVersion);
        AppointmentStatus set;
        try {
            set = appointment.changeStatus(requested, now());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        if (set == AppointmentStatus.ATTENDED) {
            em.find(Client.class, appointment.getClientId())
                    .recordContact(LocalDate.ofInstant(appointment.getStartsAt(), LocaleBean.DISPLAY_ZONE));
        }
        em.flush();
        Optional<WaitingProposal> proposal = set.holdsTime() || appointment.getStartsAt().isBefore(now())
                ? Optional.empty() : firstWaitingWhoFits(appointment);
        return new StatusChange(set, proposal);
    }

    /** Puts a client of the centre on its waiting list, perhaps for one psychologist. */
    public void addToWaitingList(String centreCode, String clientCode, String preferredPsychologist) {
        Centre centre = myCentre(centreCode);
        Client client = clientOf(centre, clientCode);
        String preferred = blankToNull(preferredPsychologist);
        if (preferred != null && !centre.getPsychologists().contains(preferred)) {
            throw new Rejected("preferredPsychologist", "health.appointment.rule.notOfCentre");
        }
        boolean waiting = !em.createQuery("SELECT w FROM WaitingEntry w WHERE w.clientId = :client "
                        + "AND w.centreCode = :centre AND w.closedAt IS NULL", WaitingEntry.class)
                .setParameter("client", client.getId()).setParameter("centre", centre.getCode()).getResultList().isEmpty();
        if (waiting) {
            throw new Rejected("waitingClient", "health.waiting.rule.alreadyWaiting");
        }
        em.persist(new WaitingEntry(client.getId(), centre.getCode(), preferred, now(), me()));
    }

    /** The centre's waiting list, longest waiting first. */
    public List<Waiting> waitingList(String centreCode) {
        Centre centre = myCentre(centreCode);
        List<WaitingEntry> entries = openEntries(centre.getCode());
        Map<Long, String> codes = codesOf(entries.stream().map(WaitingEntry::getClientId).toList());
        return entries.stream().map(w -> new Waiting(w.getId(), codes.get(w.getClientId()),
                w.getPreferredPsychologist().orElse(null), w.getAddedAt())).toList();
    }

    /** Takes a client off the centre's waiting list. */
    public void removeFromWaitingList(long entryId) {
        WaitingEntry entry = em.find(WaitingEntry.class, entryId);
        if (entry == null || !entry.isOpen()) {
            return;
        }
        myCentre(entry.getCentreCode());
        entry.close(now());
    }

    private Optional<WaitingProposal> firstWaitingWhoFits(Appointment freed) {
        for (WaitingEntry entry : openEntries(freed.getCentreCode())) {
            if (entry.fits(freed.getPsychologist())
                    && overlapping(null, null, entry.getClientId(), freed.getStartsAt(), freed.getEndsAt()).isEmpty()) {
                return Optional.of(new WaitingProposal(entry.getId(), codesOf(List.of(entry.getClientId()))
                        .get(entry.getClientId()), entry.getAddedAt(), freed.getPsychologist(), freed.getStartsAt(),
                        freed.getMinutes()));
            }
        }
        return Optional.empty();
    }

    private List<WaitingEntry> openEntries(String centreCode) {
        return em.createQuery("SELECT w FROM WaitingEntry w WHERE w.centreCode = :centre AND w.closedAt IS NULL "
                        + "ORDER BY w.addedAt, w.id", WaitingEntry.class)
                .setParameter("centre", centreCode).getResultList();
    }

    /** Says who is busy before the database would refuse, so the message can name the psychologist or the client. */
    private void refuseOverlaps(Long self, String psychologist, Long clientId, Instant from, Instant to) {
        overlapping(self, psychologist, clientId, from, to).stream().findFirst().ifPresent(other -> {
            throw new Rejected("startsAt", other.getPsychologist().equals(psychologist)
                    ? "health.appointment.rule.psychologistBusy" : "health.appointment.rule.clientBusy");
        });
    }

    private List<Appointment> overlapping(Long self, String psychologist, Long clientId, Instant from, Instant to) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.startsAt < :to AND a.id <> :self "
                        + "AND a.status IN :holding AND (a.psychologist = :psychologist OR a.clientId = :client)",
                        Appointment.class)
                .setParameter("to", to).setParameter("self", self == null ? -1L : self)
                .setParameter("holding", List.of(AppointmentStatus.PLANNED, AppointmentStatus.CONFIRMED,
                        AppointmentStatus.ARRIVED, AppointmentStatus.ATTENDED))
                .setParameter("psychologist", psychologist == null ? "" : psychologist).setParameter("client", clientId)
                .getResultStream().filter(a -> a.getEndsAt().isAfter(from)).toList();
    }

    /** Two bookings that passed the check at the same moment: the slots' unique keys refuse the second. */
    private void flushGuarded() {
        try {
            em.flush();
        } catch (PersistenceException taken) {
            throw new Rejected("startsAt", "health.appointment.rule.justTaken");
        }
    }

    private Appointment mine(long id, long expectedVersion) {
        Appointment appointment = em.find(Appointment.class, id);
        if (appointment == null) {
            throw new Rejected("appointment", "health.appointment.rule.unknown");
        }
        myCentre(appointment.getCentreCode());
        if (appointment.getVersion() != expectedVersion) {
            throw new OptimisticLockException("Appointment " + id + " changed since it was read");
        }
        return appointment;
    }

    private Client clientOf(Centre centre, String clientCode) {
        List<Client> found = clientCode == null ? List.of() : em.createQuery(
                        "SELECT c FROM Client c WHERE c.code = :code AND c.centreCode = :centre", Client.class)
                .setParameter("code", clientCode.strip().toUpperCase(java.util.Locale.ROOT))
                .setParameter("centre", centre.getCode()).getResultList();
        if (found.isEmpty()) {
            throw new Rejected("clientCode", "health.appointment.rule.unknownClient");
        }
        return found.get(0);
    }

    private Centre myCentre(String centreCode) {
        return CentreWall.centreOf(em, me(), centreCode);
    }

    private List<AppointmentView> views(List<Appointment> appointments) {
        Map<Long, String> codes = codesOf(appointments.stream().map(Appointment::getClientId).toList());
        var views = new ArrayList<AppointmentView>();
        for (Appointment a : appointments) {
            views.add(new AppointmentView(a.getId(), a.getVersion(), codes.get(a.getClientId()), a.getPsychologist(),
                    a.getStartsAt(), a.getEndsAt(), a.getMinutes(), a.getStatus()));
        }
        return views;
    }

    private Map<Long, String> codesOf(List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                .setParameter("ids", clientIds.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(Client::getId, Client::getCode, (a, b) -> a));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
