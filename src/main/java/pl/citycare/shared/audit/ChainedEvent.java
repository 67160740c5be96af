package pl.citycare.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain, as stored: its hash covers every field and the previous link's hash.
 * Fields are length-prefixed in the hashed text, so no value can be shifted into its neighbour.
 */
record ChainedEvent(long seq, Instant occurredAt, String actor, String entityType, String entityId,
                    String action, String changes, String reason, String prevHash) {

    static final String GENESIS_HASH = "0".repeat(64);

    String hash() {
        var text = new StringBuilder();
        for (String field : new String[]{Long.toString(seq), occurredAt.toString(), actor, entityType, entityId,
                action, changes, reason, prevHash}) {
            if (field == null) {
                text.append("-1:");
            } else {
                text.append(field.length()).append(':').append(field);
            }
            text.append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
