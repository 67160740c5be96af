package pl.citycare.healthsupport.application.hotline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.citycare.healthsupport.domain.hotline.Callback;
import pl.citycare.platform.security.domain.Role;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Kolejka oddzwonień: the callbacks the hotline promised, soonest first; any hotline psychologist works them. */
@Stateless
@RolesAllowed(Role.Names.HOTLINE_PSYCHOLOGIST)
public class Callbacks {

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** One open callback as the queue shows it: who to call, on which number, by when. */
    public record QueuedCallback(long id, long version, Instant promisedAt, String callerFirstName, String phone,
                                 int failedAttempts, boolean overdue) {
    }

    /** The open callbacks, by promised time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<QueuedCallback> queue() {
        Instant now = Instant.now();
        return em.createQuery("SELECT c FROM Callback c WHERE c.status = :open ORDER BY c.promisedAt, c.id", Callback.class)
                .setParameter("open", Callback.Status.OPEN)
                .getResultStream()
                .map(c -> new QueuedCallback(c.getId(), c.getVersion(), c.getPromisedAt(),
                        c.getCall().getCallerFirstName().orElse(null), c.getCall().getCallerPhone().orElse(null),
                        c.getFailedAttempts(), c.isOverdueAt(now)))
                .toList();
    }

    /** How many open callbacks are past their promised time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long overdue() {
        return em.createQuery("SELECT COUNT(c) FROM Callback c WHERE c.status = :open AND c.promisedAt < :now", Long.class)
                .setParameter("open", Callback.Status.OPEN)
                .setParameter("now", Instant.now())
                .getSingleResult();
    }

    /** The caller was reached. */
    public void done(long id, long expectedVersion) {
        current(id, expectedVersion).done(me(), now());
    }

    /**
     * The caller did not answer.
     *
     * @return true when this was the last attempt and the callback is closed
     */
    public boolean failedAttempt(long id, long expectedVersion) {
        return current(id, expectedVersion).failedAttempt(me(), now());
    }

    private Callback current(long id, long expectedVersion) {
        Callback callback = em.find(Callback.class, id);
        if (callback == null || callback.getVersion() != expectedVersion
                || callback.getStatus() != Callback.Status.OPEN) {
            // someone else worked it meanwhile: the page says so and shows the queue as it is now
            throw new OptimisticLockException("Callback " + id + " changed since it was read");
        }
        return callback;
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
