package pl.citycare.shared.audit;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChainedEventTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant AT = Instant.parse("2026-01-15T11:30:00.123456Z");

    private static ChainedEvent event() {
        return new ChainedEvent(7, AT, "jkowalski", "UserAccount", "42", "UPDATE", "{\"a\":1}", "zmiana hasła",
                GENESIS);
    }

    /** SHA-256 of the text as lowercase hex, computed here without the production code. */
    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%064x", new BigInteger(1, digest));
    }

    @Test
    void theGenesisHashIsSixtyFourZeros() {
        assertThat(ChainedEvent.GENESIS_HASH).isEqualTo(GENESIS);
    }

    @Test
    void theHashIsSixtyFourLowercaseHexCharacters() {
        assertThat(event().hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void theHashIsDeterministic() {
        assertThat(event().hash()).isEqualTo(event().hash());
        ChainedEvent event = event();
        assertThat(event.hash()).isEqualTo(event.hash());
    }

    @Test
    void theHashIsTheSha256OfTheLengthPrefixedCanonicalText() throws Exception {
        // Each field as <length>:<value>| in declaration order; the length counts characters, the hash UTF-8 bytes.
        String canonical = "1:7|"
                + "27:2026-01-15T11:30:00.123456Z|"
                + "9:jkowalski|"
                + "11:UserAccount|"
                + "2:42|"
                + "6:UPDATE|"
                + "7:{\"a\":1}|"
                + "12:zmiana hasła|"
                + "64:" + GENESIS + "|";

        assertThat(event().hash()).isEqualTo(sha256(canonical));
    }

    @Test
    void aNullFieldIsWrittenAsMinusOneWithoutAValue() throws Exception {
        var event = new ChainedEvent(1, Instant.parse("2026-07-15T11:30:00Z"), "system", "UserAccount", "1",
                "CREATE", "{}", null, GENESIS);
        String canonical = "1:1|20:2026-07-15T11:30:00Z|6:system|11:UserAccount|1:1|6:CREATE|2:{}|-1:|64:"
                + GENESIS + "|";

        assertThat(event.hash()).isEqualTo(sha256(canonical));
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                change("seq", e -> new ChainedEvent(e.seq() + 1, e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.changes(), e.reason(), e.prevHash())),
                change("occurredAt one microsecond later", e -> new ChainedEvent(e.seq(),
                        e.occurredAt().plusNanos(1_000), e.actor(), e.entityType(), e.entityId(), e.action(),
                        e.changes(), e.reason(), e.prevHash())),
                change("actor", e -> new ChainedEvent(e.seq(), e.occurredAt(), "anowak", e.entityType(),
                        e.entityId(), e.action(), e.changes(), e.reason(), e.prevHash())),
                change("entityType", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), "Tender",
                        e.entityId(), e.action(), e.changes(), e.reason(), e.prevHash())),
                change("entityId", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        "43", e.action(), e.changes(), e.reason(), e.prevHash())),
                change("action", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), "DELETE", e.changes(), e.reason(), e.prevHash())),
                change("changes", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), "{\"a\":2}", e.reason(), e.prevHash())),
                change("reason", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.changes(), "zmiana hasła!", e.prevHash())),
                change("reason null", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.changes(), null, e.prevHash())),
                change("reason empty", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.changes(), "", e.prevHash())),
                change("prevHash", e -> new ChainedEvent(e.seq(), e.occurredAt(), e.actor(), e.entityType(),
                        e.entityId(), e.action(), e.changes(), e.reason(), "1" + GENESIS.substring(1))));
    }

    private static Arguments change(String name, UnaryOperator<ChainedEvent> change) {
        return Arguments.of(Named.of(name, change));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void changingAnySingleFieldChangesTheHash(UnaryOperator<ChainedEvent> change) {
        ChainedEvent original = event();
        ChainedEvent changed = change.apply(original);

        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.hash()).isNotEqualTo(original.hash());
    }

    @Test
    void aNullReasonAndAnEmptyReasonHashDifferently() {
        var withNull = new ChainedEvent(1, AT, "a", "T", "1", "READ", "{}", null, GENESIS);
        var withEmpty = new ChainedEvent(1, AT, "a", "T", "1", "READ", "{}", "", GENESIS);

        assertThat(withNull.hash()).isNotEqualTo(withEmpty.hash());
    }

    @Test
    void movingCharactersBetweenAdjacentFieldsChangesTheHash() {
        var abC = new ChainedEvent(1, AT, "ab", "c", "1", "READ", "{}", null, GENESIS);
        var aBc = new ChainedEvent(1, AT, "a", "bc", "1", "READ", "{}", null, GENESIS);

        assertThat(abC.hash()).isNotEqualTo(aBc.hash());
    }

    @Test
    void aValueContainingTheSeparatorCannotPassForTwoFields() {
        // Without the length prefixes both would read "...a|b|c|...": the separator alone is not enough.
        var first = new ChainedEvent(1, AT, "a|b", "c", "1", "READ", "{}", null, GENESIS);
        var second = new ChainedEvent(1, AT, "a", "b|c", "1", "READ", "{}", null, GENESIS);

        assertThat(first.hash()).isNotEqualTo(second.hash());
    }

    @Test
    void aValueLookingLikeTheNullMarkerIsNotNull() {
        var withNull = new ChainedEvent(1, AT, "a", "T", "1", "READ", "{}", null, GENESIS);
        var withMarkerText = new ChainedEvent(1, AT, "a", "T", "1", "READ", "{}", "-1:", GENESIS);

        assertThat(withNull.hash()).isNotEqualTo(withMarkerText.hash());
    }
}
