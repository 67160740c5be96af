package pl.citycare.healthsupport.application.client;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;
import pl.citycare.healthsupport.application.client.SessionNotes.NoteHeader;
import pl.citycare.healthsupport.application.client.SessionNotes.NoteOversight;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditEventQuery;
import pl.citycare.support.AsAdministrator;
import pl.citycare.support.AsCentrePsychologist;
import pl.citycare.support.AsHealthCoordinator;
import pl.citycare.support.Beans;
import pl.citycare.support.TestCentres;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Session notes inside Payara Micro: sealed, read only inside the centre, every read audited. Runs in {@code CityCareIT}. */
public interface SessionNotesTests {

    private static SessionNotes notes() {
        return Beans.get(SessionNotes.class);
    }

    @Test
    default void aNoteIsSealedItsReadsAreRecordedAndTheCoordinatorSeesWhoReadButNeverTheText() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        AsCentrePsychologist psychologist = Beans.get(AsCentrePsychologist.class);
        String client = psychologist.call(() -> Beans.get(Clients.class).register(centre, ClientsTests.facts(null, null)));
        String body = "Klientka opisuje przemoc ze strony partnera; plan bezpieczeństwa omówiony. " + UUID.randomUUID();

        NoteHeader written = psychologist.call(() -> notes().write(client, body));
        assertThat(TestCentres.queryString("SELECT body_sealed FROM hs_session_note WHERE id = ?", written.id()))
                .startsWith("v1.it-new.").doesNotContain("przemoc");
        assertThat(psychologist.call(() -> notes().notes(client))).containsExactly(written);
        assertThat(readsOf(written)).as("listing notes reads no body").isZero();

        assertThat(psychologist.call(() -> notes().read(client, written.id()))).isEqualTo(body);
        assertThat(psychologist.call(() -> notes().read(client, written.id()))).isEqualTo(body);
        assertThat(readsOf(written)).isEqualTo(2);
        assertThat(new AuditEventQuery(Beans.dataSource()).newest("SessionNote", String.valueOf(written.id()), 0, 10))
                .extracting(e -> e.changes()).allSatisfy(c -> assertThat(c).doesNotContain("przemoc").doesNotContain("v1."));

        NoteOversight oversight = Beans.get(AsHealthCoordinator.class).call(() -> notes().oversight(client));
        assertThat(oversight.notes()).containsExactly(written);
        assertThat(oversight.reads()).hasSize(2).allSatisfy(r -> assertThat(r.noteId()).isEqualTo(written.id()));
        assertThat(oversight.toString()).doesNotContain("przemoc");
        assertThatThrownBy(() -> Beans.get(AsHealthCoordinator.class).call(() -> notes().read(client, written.id())))
                .as("the coordinator never opens a body").isInstanceOf(EJBAccessException.class);
    }

    @Test
    default void anotherCentresPsychologistNeitherWritesNorListsNorReadsTheNotes() throws Exception {
        String centre = TestCentres.create();
        TestCentres.assignPsychologist(centre);
        AsCentrePsychologist psychologist = Beans.get(AsCentrePsychologist.class);
        String client = psychologist.call(() -> Beans.get(Clients.class).register(centre, ClientsTests.facts(null, null)));
        NoteHeader note = psychologist.call(() -> notes().write(client, "Pierwsza sesja."));
        assertThatThrownBy(() -> psychologist.call(() -> notes().write(client, " ")))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("health.note.rule.bodyRequired"));
        TestCentres.unassignPsychologist(centre);

        assertThatThrownBy(() -> psychologist.call(() -> notes().read(client, note.id()))).isInstanceOf(ClientNotFound.class);
        assertThatThrownBy(() -> psychologist.call(() -> notes().notes(client))).isInstanceOf(ClientNotFound.class);
        assertThatThrownBy(() -> psychologist.call(() -> notes().write(client, "x"))).isInstanceOf(ClientNotFound.class);
        assertThatThrownBy(() -> Beans.get(AsAdministrator.class).call(() -> notes().read(client, note.id())))
                .isInstanceOf(EJBAccessException.class);
        assertThat(readsOf(note)).isZero();
    }

    private static long readsOf(NoteHeader note) {
        return new AuditEventQuery(Beans.dataSource()).newest("SessionNote", String.valueOf(note.id()), 0, 100).stream()
                .filter(e -> e.action().name().equals("READ")).count();
    }
}
