package pl.citycare.testing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import pl.citycare.platform.security.domain.Role;
import pl.citycare.shared.application.Rejected;
import pl.citycare.shared.audit.AuditTrail;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.lab.LabApiKey;
import pl.citycare.testing.domain.lab.UnmatchedResult;
import pl.citycare.testing.domain.lab.UnmatchedResult.Received;
import pl.citycare.testing.domain.notification.Notification;
import pl.citycare.testing.domain.sample.Sample;
import pl.citycare.testing.domain.sample.TestResult;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Wyniki z laboratoriów: the administrator issues and revokes the labs' API keys; a lab's system posts its
 * results with its key. Each result lands on its sample; posting the same result again changes nothing; a
 * result that fits no sample (unknown barcode, or another answer for an answered sample) is never refused
 * nor lost: it waits in the unmatched inbox (see {@link UnmatchedResults}).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class LabResults {

    /** A lab's clock may run a little ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Results whose samples, notifications and waiting results are read in one query each (an IN list's size). */
    public static final int READ_TOGETHER = 1_000;

    @PersistenceContext(unitName = "citycare")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail auditTrail;

    /** A key as the administrator's list shows it: never the key itself. */
    public record KeyView(long id, String lab, String keyStart, Instant createdAt, String createdBy, Instant revokedAt,
                          Instant lastUsedAt) implements Serializable {

        static KeyView of(LabApiKey k) {
            return new KeyView(k.getId(), k.getLab(), k.getKeyStart(), k.getCreatedAt(), k.getCreatedBy(), k.getRevokedAt(),
                    k.getLastUsedAt());
        }
    }

    /** A new key, with the one time its plain form is shown. */
    public record NewKey(KeyView key, String plain) implements Serializable {
    }

    /** What became of one posted result. */
    public enum Outcome { RECORDED, ALREADY_RECORDED, UNMATCHED, ALREADY_WAITING }

    /** One posted result's outcome, by its place in the post. */
    public record ItemOutcome(int index, String barcode, Outcome outcome) implements Serializable {
    }

    /** No active key has this value: the post is refused as a whole. */
    @ApplicationException(rollback = true)
    public static class UnknownKey extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnknownKey() {
            super("No active lab API key has this value");
        }
    }

    public List<KeyView> keys() {
        return em.createQuery("SELECT k FROM LabApiKey k ORDER BY k.lab, k.createdAt", LabApiKey.class).getResultStream()
                .map(KeyView::of).toList();
    }

    /** @throws Rejected for a blank or over-long lab name */
    public NewKey issueKey(String lab) {
        LabApiKey.Issued issued;
        try {
            issued = LabApiKey.issue(lab, now(), session.getCallerPrincipal().getName());
        } catch (RuleViolation violation) {
            throw Rejected.by(violation);
        }
        em.persist(issued.key());
        em.flush();
        return new NewKey(KeyView.of(issued.key()), issued.plain());
    }

    public KeyView revokeKey(long id) {
        LabApiKey key = em.find(LabApiKey.class, id);
        if (key == null) {
            throw new Rejected("key", "testing.labKey.rule.unknown");
        }
        key.revoke(now());
        em.flush();
        return KeyView.of(key);
    }

    /**
     * Takes a lab's results, all or nothing: each lands on its sample, or waits in the unmatched inbox.
     *
     * @param apiKey  the key the lab's system presented
     * @param results the results, already read ({@link pl.citycare.testing.domain.lab.LabReport})
     * @throws UnknownKey when no active key has this value
     */
    @PermitAll // a lab's system has no user: this method checks the lab's API key before it touches anything
    public List<ItemOutcome> receive(String apiKey, List<Received> results) {
        LabApiKey key = apiKey == null ? null : em.createQuery("SELECT k FROM LabApiKey k WHERE k.keyHash = :hash", LabApiKey.class)
                .setParameter("hash", LabApiKey.hash(apiKey)).getResultStream().filter(LabApiKey::isActive).findFirst().orElse(null);
        if (key == null) {
            throw new UnknownKey();
        }
        Instant now = now();
        // The last use, to the minute, written past the key's version: a lab posts in parallel with one key, and a
        // version raised by every post made all parallel posts but one fail (found by DatabaseOutageFault's load).
        em.createQuery("UPDATE LabApiKey k SET k.lastUsedAt = :now WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :stale)")
                .setParameter("now", now).setParameter("id", key.getId()).setParameter("stale", now.minus(Duration.ofMinutes(1)))
                .executeUpdate();
        auditTrail.actingAs("lab:" + key.getLab());
        List<ItemOutcome> outcomes = takeAll(results.stream().map(r -> new Received(r.barcode(), r.result(), r.resultAt(),
                key.getLab(), Sample.Source.API, r.passport(), r.name(), r.birthDate())).toList(), now);
        em.flush();
        return outcomes;
    }

    /**
     * The readable lines of a lab's file, imported by the testing clerk: each lands on its sample or waits in
     * the inbox, exactly as if the lab had posted them; importing the same file again changes nothing.
     */
    @RolesAllowed(Role.Names.TESTING_CLERK)
    public List<ItemOutcome> importFile(List<Received> results) {
        List<ItemOutcome> outcomes = takeAll(results, now());
        em.flush();
        return outcomes;
    }

    /**
     * Each result onto its sample, or into the inbox; the same result twice lands once. What the results need is
     * read first, a query for all their samples, one for those samples' notifications and one for the inbox's
     * results with these barcodes, so a file's thousand lines cost three queries, not three thousand.
     */
    List<ItemOutcome> takeAll(List<Received> results, Instant now) {
        var outcomes = new ArrayList<ItemOutcome>(results.size());
        for (int from = 0; from < results.size(); from += READ_TOGETHER) {
            List<Received> part = results.subList(from, Math.min(results.size(), from + READ_TOGETHER));
            List<String> barcodes = part.stream().map(Received::barcode).distinct().toList();
            // a sample's worker and slot (and theirs) are eager: read for the whole part at once, not one query each
            Map<String, Sample> samples = em.createQuery("SELECT s FROM Sample s WHERE s.barcode IN :barcodes", Sample.class)
                    .setParameter("barcodes", barcodes)
                    .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                    .setHint(QueryHints.BATCH, "s.worker").setHint(QueryHints.BATCH, "s.worker.employer")
                    .setHint(QueryHints.BATCH, "s.slot").setHint(QueryHints.BATCH, "s.slot.site")
                    .getResultStream()
                    .collect(Collectors.toMap(Sample::getBarcode, Function.identity()));
            Map<Long, List<Notification>> notifications = PositiveResults.notificationsOf(em, samples.values());
            Set<UnmatchedKey> waiting = em.createQuery("SELECT u FROM UnmatchedResult u WHERE u.barcode IN :barcodes",
                            UnmatchedResult.class)
                    .setParameter("barcodes", barcodes).getResultStream()
                    .map(u -> new UnmatchedKey(u.getBarcode(), u.getResultAt(), u.getResult()))
                    .collect(Collectors.toCollection(HashSet::new));
            for (Received r : part) {
                Outcome outcome = take(r, samples.get(r.barcode()), notifications, waiting, now);
                outcomes.add(new ItemOutcome(outcomes.size(), r.barcode(), outcome));
            }
        }
        return outcomes;
    }

    private Outcome take(Received r, Sample s, Map<Long, List<Notification>> notifications, Set<UnmatchedKey> waiting,
                         Instant now) {
        if (s == null) {
            return waiting(r, UnmatchedResult.Reason.UNKNOWN_BARCODE, waiting, now);
        }
        if (s.getResult() == r.result() && r.resultAt().equals(s.getResultAt())) {
            return Outcome.ALREADY_RECORDED;
        }
        if (s.getResult() == TestResult.PENDING && !r.resultAt().isAfter(now.plus(CLOCK_SKEW))) {
            try {
                s.recordResult(r.result(), r.resultAt().isAfter(now) ? now : r.resultAt(), r.source(), r.lab(), now);
                PositiveResults.afterAnswer(em, s, notifications.getOrDefault(s.getId(), List.of()), now);
                return Outcome.RECORDED;
            } catch (RuleViolation timeBeforeCollection) {
                return waiting(r, UnmatchedResult.Reason.CONFLICT, waiting, now);
            }
        }
        return waiting(r, UnmatchedResult.Reason.CONFLICT, waiting, now);
    }

    private Outcome waiting(Received r, UnmatchedResult.Reason reason, Set<UnmatchedKey> waiting, Instant now) {
        if (!waiting.add(new UnmatchedKey(r.barcode(), r.resultAt(), r.result()))) {
            return Outcome.ALREADY_WAITING;
        }
        em.persist(new UnmatchedResult(r, reason, now));
        return Outcome.UNMATCHED;
    }

    /** What makes a waiting result the same result: its barcode, answer and time. */
    private record UnmatchedKey(String barcode, Instant resultAt, TestResult result) {
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
