package pl.citycare.platform.export;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * Pochodzenie wydruku: what a printed list says about itself, so that a reader can trust it later: the filters
 * that made it, when and by whom it was made, and the audit chain's head at that moment (the trail's state the
 * list reflects, which the chain's verification can later confirm).
 *
 * @param filters    each filter as the page names it, to its value as shown; empty for the whole list
 * @param chainHead  {@code last_seq:last_hash} of the audit chain when the list was made
 */
public record Provenance(Map<String, String> filters, Instant generatedAt, String user, String chainHead) implements Serializable {
}
