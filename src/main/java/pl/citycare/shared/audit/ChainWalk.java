package pl.citycare.shared.audit;

import java.time.Instant;

/**
 * The verifier's walk along the chain, one stored event at a time in sequence order: each event must
 * come next, match its own hash, and point at its predecessor's hash. Kept apart from the reading so that
 * the same walk checks a database and a test's chain.
 */
final class ChainWalk {

    private long expectedSeq;
    private String previousHash;
    private long checked;
    private Instant lastAt;
    private ChainVerification broken;

    /** A walk from the first event. */
    ChainWalk() {
        this(1, ChainedEvent.GENESIS_HASH);
    }

    /** A walk from {@code firstSeq}, whose event must point at {@code anchorHash} (the stored hash before it). */
    ChainWalk(long firstSeq, String anchorHash) {
        this.expectedSeq = firstSeq;
        this.previousHash = anchorHash;
    }

    /** Checks the next stored event; false once the chain is found broken (the walk can stop). */
    boolean accept(ChainedEvent event, String storedHash) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (event.seq() != expectedSeq) {
            broken = ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.MISSING, event.occurredAt());
        } else if (!event.hash().equals(storedHash)) {
            broken = ChainVerification.broken(checked, event.seq(), ChainVerification.Problem.ALTERED, event.occurredAt());
        } else if (!event.prevHash().equals(previousHash)) {
            broken = ChainVerification.broken(checked, event.seq(), ChainVerification.Problem.RELINKED, event.occurredAt());
        } else {
            previousHash = storedHash;
            lastAt = event.occurredAt();
            expectedSeq++;
            return true;
        }
        return false;
    }

    /**
     * The verdict on a range that ends before the head: every event in it was read in order. (Events deleted
     * right at its end show as missing in the next range, or in a verification of the whole chain.)
     */
    ChainVerification finishRange() {
        return broken != null ? broken : ChainVerification.intact(checked);
    }

    long checked() {
        return checked;
    }

    /** The verdict, given the chain head read before the walk: the walk must have reached it exactly. */
    ChainVerification finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (expectedSeq - 1 != headSeq || !previousHash.equals(headHash)) {
            return ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.TRUNCATED, lastAt);
        }
        return ChainVerification.intact(checked);
    }
}
