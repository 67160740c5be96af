package pl.citycare.shared.audit;

/**
 * The verifier's walk along the chain, one stored event at a time in sequence order: each event must
 * come next, match its own hash, and point at its predecessor's hash. Kept apart from the reading so that
 * the same walk checks a database and a test's chain.
 */
final class ChainWalk {

    private long expectedSeq = 1;
    private String previousHash = ChainedEvent.GENESIS_HASH;
    private long checked;
    private ChainVerification broken;

    /** Checks the next stored event; false once the chain is found broken (the walk can stop). */
    boolean accept(ChainedEvent event, String storedHash) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (event.seq() != expectedSeq) {
            broken = ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.MISSING);
        } else if (!event.hash().equals(storedHash)) {
            broken = ChainVerification.broken(checked, event.seq(), ChainVerification.Problem.ALTERED);
        } else if (!event.prevHash().equals(previousHash)) {
            broken = ChainVerification.broken(checked, event.seq(), ChainVerification.Problem.RELINKED);
        } else {
            previousHash = storedHash;
            expectedSeq++;
            return true;
        }
        return false;
    }

    /** The verdict, given the chain head read before the walk: the walk must have reached it exactly. */
    ChainVerification finish(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (expectedSeq - 1 != headSeq || !previousHash.equals(headHash)) {
            return ChainVerification.broken(checked, expectedSeq, ChainVerification.Problem.TRUNCATED);
        }
        return ChainVerification.intact(checked);
    }
}
