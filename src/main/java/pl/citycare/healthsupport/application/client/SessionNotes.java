package pl.citycare.healthsupport.application.client;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import pl.citycare.healthsupport.domain.client.Client;
import pl.citycare.healthsupport.domain.client.SessionNote;
import pl.citycare.platform.crypto.FieldCipher;
import pl.citycare.platform.i18n.LocaleBean;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditAction;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.shared.audit.AuditEventView;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.shared.persistence.CityCareDataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Notatki z sesji: the psychologists of a client's centre write notes and read them; each reading of a
 * note's body is an audit event. The coordinator sees that notes exist and who read them, never a body.
 */
@Stateless
public class SessionNotes {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Resource(lookup = CityCareDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private FieldCipher cipher;

    @Inject
    private AuditTrail auditTrail;

    /** A note without its body: when and by whom it was written. */
    public record NoteHeader(long id, Instant writtenAt, String writtenBy) {

        static NoteHeader of(SessionNote note) {
            return new NoteHeader(note.getId(), note.getWrittenAt(), note.getWrittenBy());
        }
    }

    /** One reading of a note's body. */
    public record NoteRead(long noteId, Instant noteWrittenAt, String reader, Instant readAt) {
    }

    /** For the coordinator: a client's notes (no bodies) and every reading of them, newest first. */
    public record NoteOversight(String clientCode, String centreCode, List<NoteHeader> notes, List<NoteRead> reads) {
    }

    /**
     * Writes a note about a client of the caller's centres; the client's last contact becomes today.
     *
     * @return the note's header
     * @throws ClientNotFound also for another centre's client
     * @throws Rejected for an empty or too long body (field {@code body})
     */
    @RolesAllowed(Role.Names.CENTRE_PSYCHOLOGIST)
    public NoteHeader write(String clientCode, String body) {
        Client client = CentreWall.clientOf(em, me(), clientCode);
        SessionNote note;
        try {
            note = SessionNote.write(client, me(), body, Instant.now().truncatedTo(ChronoUnit.MICROS), cipher::seal);
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(note);
        client.recordContact(LocalDate.now(LocaleBean.DISPLAY_ZONE));
        em.flush();
        return NoteHeader.of(note);
    }

    /** The notes about a client of the caller's centres, newest first, without their bodies (nothing is read). */
    @RolesAllowed(Role.Names.CENTRE_PSYCHOLOGIST)
    public List<NoteHeader> notes(String clientCode) {
        return notesOf(CentreWall.clientOf(em, me(), clientCode)).stream().map(NoteHeader::of).toList();
    }

    /**
     * Opens one note's body for a psychologist of the client's centre, and records the reading.
     *
     * @throws ClientNotFound for a note of another centre's client, or no such note
     */
    @RolesAllowed(Role.Names.CENTRE_PSYCHOLOGIST)
    public String read(String clientCode, long noteId) {
        Client client = CentreWall.clientOf(em, me(), clientCode);
        SessionNote note = em.find(SessionNote.class, noteId);
        if (note == null || !note.getClientId().equals(client.getId())) {
            throw new ClientNotFound();
        }
        auditTrail.recordRead("SessionNote", String.valueOf(note.getId()));
        return cipher.open(note.getBodySealed(), SessionNote.BODY_PURPOSE);
    }

    /**
     * For the coordinator: the client's notes and who read which, from the audit trail.
     *
     * @throws ClientNotFound when no client has the code
     */
    @RolesAllowed(Role.Names.HEALTH_COORDINATOR)
    public NoteOversight oversight(String clientCode) {
        List<Client> found = clientCode == null ? List.of() : em.createQuery(
                "SELECT c FROM Client c WHERE c.code = :code", Client.class)
                .setParameter("code", clientCode.strip()).getResultList();
        if (found.isEmpty()) {
            throw new ClientNotFound();
        }
        Client client = found.get(0);
        List<SessionNote> notes = notesOf(client);
        var query = new AuditEventQuery(dataSource);
        var reads = new ArrayList<NoteRead>();
        for (SessionNote note : notes) {
            for (AuditEventView event : query.newest("SessionNote", String.valueOf(note.getId()), 0, 1000)) {
                if (event.action() == AuditAction.READ) {
                    reads.add(new NoteRead(note.getId(), note.getWrittenAt(), event.actor(), event.occurredAt()));
                }
            }
        }
        reads.sort(Comparator.comparing(NoteRead::readAt).reversed());
        return new NoteOversight(client.getCode(), client.getCentreCode(), notes.stream().map(NoteHeader::of).toList(),
                reads);
    }

    private List<SessionNote> notesOf(Client client) {
        return em.createQuery("SELECT n FROM SessionNote n WHERE n.clientId = :client ORDER BY n.writtenAt DESC, n.id DESC",
                        SessionNote.class)
                .setParameter("client", client.getId()).getResultList();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
