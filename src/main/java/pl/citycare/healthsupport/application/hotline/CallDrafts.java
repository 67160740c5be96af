package pl.citycare.healthsupport.application.hotline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.citycare.platform.crypto.FieldCipher;
import pl.citycare.platform.security.domain.Role;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Szkic rozmowy: the call form as the psychologist last left it, saved field by field while they type.
 * Working state, not a record: it is not audited (the saved call is), it is sealed like a note, and it
 * disappears when the call is saved or the draft is discarded.
 */
@Stateless
@RolesAllowed(Role.Names.HOTLINE_PSYCHOLOGIST)
public class CallDrafts {

    static final String PURPOSE = "hs_call_draft.content";
    /** A draft's size limit: the form's fields, with the longest summary, fit well within it. */
    static final int MAX_CHARS = 12_000;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private FieldCipher cipher;

    /** A saved draft: when, and the form's fields by name as the page wrote them. */
    public record Draft(Instant savedAt, Map<String, String> fields) {
    }

    /** Saves the caller's draft, replacing the previous one. Fields beyond the size limit are not saved. */
    public void save(Map<String, String> fields) {
        var json = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value != null) {
                json.add(name, value);
            }
        });
        String content = json.build().toString();
        if (content.length() > MAX_CHARS) {
            return;
        }
        String sealed = cipher.seal(content, PURPOSE);
        long now = Instant.now().toEpochMilli();
        int updated = em.createNativeQuery("UPDATE hs_call_draft SET saved_at_epoch = ?, content_sealed = ? WHERE psychologist = ?")
                .setParameter(1, now).setParameter(2, sealed).setParameter(3, me()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO hs_call_draft (psychologist, saved_at_epoch, content_sealed) VALUES (?, ?, ?)")
                    .setParameter(1, me()).setParameter(2, now).setParameter(3, sealed).executeUpdate();
        }
    }

    /** The caller's draft, if there is one. */
    public Optional<Draft> load() {
        @SuppressWarnings("unchecked") // a native query of several columns answers Object[] rows
        List<Object[]> rows = em.createNativeQuery("SELECT saved_at_epoch, content_sealed FROM hs_call_draft WHERE psychologist = ?")
                .setParameter(1, me()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = Json.createReader(new StringReader(cipher.open((String) rows.get(0)[1], PURPOSE))).readObject();
        var fields = new LinkedHashMap<String, String>();
        json.forEach((name, value) -> {
            if (value instanceof JsonString text) {
                fields.put(name, text.getString());
            }
        });
        return Optional.of(new Draft(Instant.ofEpochMilli(((Number) rows.get(0)[0]).longValue()), fields));
    }

    public void discard() {
        em.createNativeQuery("DELETE FROM hs_call_draft WHERE psychologist = ?").setParameter(1, me()).executeUpdate();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
