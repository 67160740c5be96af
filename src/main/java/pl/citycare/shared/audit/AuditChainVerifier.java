package pl.citycare.shared.audit;


import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.LongConsumer;

/**
 * Weryfikacja śladu audytowego: recomputes every hash of the chain and names the first broken link.
 * Reads in sequence order with a bounded fetch size, so a long trail streams rather than loads.
 */
public class AuditChainVerifier {

    private final DataSource dataSource;

    /** Reads through the given data source; who may read is decided by the caller (an auditor-only service). */
    public AuditChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How often (in events) a verification reports its progress. */
    public static final int PROGRESS_EVERY = 10_000;

    /**
     * Verifies the chain up to the head as it is when the verification starts: events appended meanwhile
     * are left for the next verification, so a busy system is never reported as broken.
     */
    public ChainVerification verify() {
        return verify(null, null, checked -> { });
    }

    /**
     * Verifies the events written in {@code [from, to)} (either end open when null): each must match its hash
     * and link to the one before it, the first to the stored event before the range. A range that reaches the
     * head must reach it exactly (nothing cut from the end).
     *
     * @param progress told the number of events checked every {@value #PROGRESS_EVERY} events
     */
    public ChainVerification verify(Instant from, Instant to, LongConsumer progress) {
        return ChainReading.read(dataSource, connection -> walk(connection, from, to, progress));
    }

    private ChainVerification walk(Connection connection, Instant from, Instant to, LongConsumer progress) throws SQLException {
        ChainReading.Head head = ChainReading.head(connection);
        long headSeq = head.seq();
        String headHash = head.hash();
        ChainReading.Seqs seqs = ChainReading.seqs(connection, from, to, headSeq);
        long firstSeq = seqs.first();
        long lastSeq = seqs.last();
        ChainWalk walk = firstSeq == 1 ? new ChainWalk() : new ChainWalk(firstSeq, ChainReading.hashBefore(connection, firstSeq));
        try (PreparedStatement events = connection.prepareStatement(
                "SELECT seq, occurred_at, actor, entity_type, entity_id, action, changes, reason, prev_hash, hash "
                        + "FROM audit_event WHERE seq >= ? AND seq <= ? ORDER BY seq")) {
            events.setLong(1, firstSeq);
            events.setLong(2, lastSeq);
            events.setFetchSize(1000);
            try (ResultSet rs = events.executeQuery()) {
                boolean intactSoFar = true;
                while (intactSoFar && rs.next()) {
                    var event = new ChainedEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9));
                    intactSoFar = walk.accept(event, rs.getString(10));
                    if (walk.checked() % PROGRESS_EVERY == 0) {
                        progress.accept(walk.checked());
                    }
                }
            }
        }
        progress.accept(walk.checked());
        return lastSeq == headSeq ? walk.finish(headSeq, headHash) : walk.finishRange();
    }

    /** How many events {@link #verify(Instant, Instant, LongConsumer)} would read: for a progress bar. */
    public long count(Instant from, Instant to) {
        return ChainReading.read(dataSource, connection -> ChainReading.seqs(connection, from, to, ChainReading.head(connection).seq()).count());
    }
}
