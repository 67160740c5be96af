package pl.citycare.shared.audit;

import java.time.Instant;

/**
 * Wynik weryfikacji łańcucha: whether the audit trail is intact, and if not, its first broken link.
 *
 * @param intact        true when every event matches its hash and links to its predecessor
 * @param eventsChecked how many events were read
 * @param brokenAtSeq   the sequence number of the first broken link, or null when intact
 * @param problem       what is wrong there (a message key suffix: altered, missing, relinked, truncated)
 * @param brokenAt      when the event there was written (for a missing one, the event found in its place; for
 *                      a truncated end, the last event left), or null when intact
 */
public record ChainVerification(boolean intact, long eventsChecked, Long brokenAtSeq, Problem problem, Instant brokenAt) {

    /** What the verifier found at the first broken link. */
    public enum Problem {
        /** The event's content no longer matches its hash. */
        ALTERED,
        /** An event is missing before this sequence number. */
        MISSING,
        /** The event does not point at its predecessor's hash. */
        RELINKED,
        /** Events were removed from the end of the chain. */
        TRUNCATED
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    static ChainVerification broken(long checked, long seq, Problem problem, Instant at) {
        return new ChainVerification(false, checked, seq, problem, at);
    }
}
