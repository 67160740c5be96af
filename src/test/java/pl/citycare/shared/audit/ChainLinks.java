package pl.citycare.shared.audit;

import java.time.Instant;

/**
 * The audit chain's hashing for the data generator ({@code pl.citycare.bench}), which appends events with plain
 * JDBC: the same {@link ChainedEvent#hash()} the application and the verifier use, so generated links verify.
 */
public final class ChainLinks {

    /** The previous hash of the first event. */
    public static final String GENESIS_HASH = ChainedEvent.GENESIS_HASH;

    private ChainLinks() {
    }

    public static String hash(long seq, Instant occurredAt, String actor, String entityType, String entityId, String action,
                              String changes, String reason, String prevHash) {
        return new ChainedEvent(seq, occurredAt, actor, entityType, entityId, action, changes, reason, prevHash).hash();
    }
}
