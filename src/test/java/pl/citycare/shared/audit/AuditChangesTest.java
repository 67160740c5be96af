package pl.citycare.shared.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Map<String, Object> state(Object... namesAndValues) {
        var state = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return state;
    }

    @Test
    void onlyChangedFieldsAreListedWithBeforeAndAfterAsStrings() {
        String json = AuditChanges.diff(
                state("displayName", "Jan Kowalski", "failedAttempts", 2, "active", true),
                state("displayName", "Jan Kowalski", "failedAttempts", 3, "active", true));

        JsonObject changes = parse(json);
        assertThat(changes.keySet()).containsExactly("failedAttempts");
        JsonObject change = changes.getJsonObject("failedAttempts");
        assertThat(change.keySet()).containsExactlyInAnyOrder("before", "after");
        assertThat(change.get("before").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(change.getString("before")).isEqualTo("2");
        assertThat(change.getString("after")).isEqualTo("3");
    }

    @Test
    void theJsonIsCompactAndInFieldNameOrder() {
        String json = AuditChanges.diff(
                state("zeta", "z1", "alpha", "a1", "mid", "m1", "same", "s"),
                state("zeta", "z2", "alpha", "a2", "mid", "m2", "same", "s"));

        assertThat(json).isEqualTo("{\"alpha\":{\"before\":\"a1\",\"after\":\"a2\"},"
                + "\"mid\":{\"before\":\"m1\",\"after\":\"m2\"},"
                + "\"zeta\":{\"before\":\"z1\",\"after\":\"z2\"}}");
    }

    @Test
    void valuesAreRenderedWithToString() {
        Instant before = Instant.parse("2026-01-15T11:30:00Z");
        Instant after = Instant.parse("2026-01-15T11:45:00.123456Z");

        JsonObject change = parse(AuditChanges.diff(
                state("lockedUntil", before, "active", true),
                state("lockedUntil", after, "active", false)));

        assertThat(change.getJsonObject("lockedUntil").getString("before")).isEqualTo("2026-01-15T11:30:00Z");
        assertThat(change.getJsonObject("lockedUntil").getString("after")).isEqualTo("2026-01-15T11:45:00.123456Z");
        assertThat(change.getJsonObject("active").getString("before")).isEqualTo("true");
        assertThat(change.getJsonObject("active").getString("after")).isEqualTo("false");
    }

    @Test
    void theNullMarkerBecomesJsonNull() {
        String json = AuditChanges.diff(
                state("lockedUntil", AuditChanges.NULL),
                state("lockedUntil", "2026-01-15T11:45:00Z"));

        assertThat(json).isEqualTo("{\"lockedUntil\":{\"before\":null,\"after\":\"2026-01-15T11:45:00Z\"}}");
        assertThat(parse(json).getJsonObject("lockedUntil").isNull("before")).isTrue();
    }

    /** A clerk may type the word "null" (a surname, a note): that is a change from no value. */
    @Test
    void nullAndTheTextNullAreDifferentValues() {
        JsonObject change = parse(AuditChanges.diff(
                state("note", AuditChanges.NULL),
                state("note", "null"))).getJsonObject("note");

        assertThat(change.isNull("before")).isTrue();
        assertThat(change.getString("after")).isEqualTo("null");
        assertThat(AuditChanges.diff(state("note", "null"), state("note", "null"))).isEqualTo("{}");
    }

    @Test
    void aValueThatBecomesNullHasJsonNullAfter() {
        JsonObject change = parse(AuditChanges.diff(
                state("lastLoginAt", "2026-01-15T11:45:00Z"),
                state("lastLoginAt", AuditChanges.NULL))).getJsonObject("lastLoginAt");

        assertThat(change.getString("before")).isEqualTo("2026-01-15T11:45:00Z");
        assertThat(change.isNull("after")).isTrue();
    }

    @Test
    void aFieldMissingOnOneSideCountsAsNull() {
        String created = AuditChanges.diff(Map.of(), state("username", "jkowalski", "lockedUntil", AuditChanges.NULL));
        String deleted = AuditChanges.diff(state("username", "jkowalski"), Map.of());

        assertThat(created).isEqualTo("{\"username\":{\"before\":null,\"after\":\"jkowalski\"}}");
        assertThat(deleted).isEqualTo("{\"username\":{\"before\":\"jkowalski\",\"after\":null}}");
    }

    @Test
    void nullOnBothSidesIsNoChange() {
        assertThat(AuditChanges.diff(state("lockedUntil", AuditChanges.NULL), state("lockedUntil", AuditChanges.NULL)))
                .isEqualTo("{}");
    }

    @Test
    void nothingChangedGivesAnEmptyObject() {
        Map<String, Object> state = state("username", "jkowalski", "failedAttempts", 0, "roles", Set.of("ADMIN"));

        assertThat(AuditChanges.diff(state, new LinkedHashMap<>(state))).isEqualTo("{}");
        assertThat(AuditChanges.diff(Map.of(), Map.of())).isEqualTo("{}");
    }

    @Test
    void collectionsAreComparedAsSortedSetsSoOrderIsNoChange() {
        assertThat(AuditChanges.diff(state("roles", List.of("B", "A")), state("roles", List.of("A", "B"))))
                .isEqualTo("{}");
    }

    @Test
    void aChangedCollectionIsShownSortedOnBothSides() {
        JsonObject change = parse(AuditChanges.diff(
                state("roles", List.of("TESTING_CLERK", "AUDITOR")),
                state("roles", Set.of("PROCUREMENT_CLERK", "ADMIN", "AUDITOR")))).getJsonObject("roles");

        assertThat(change.getString("before")).isEqualTo("[AUDITOR, TESTING_CLERK]");
        assertThat(change.getString("after")).isEqualTo("[ADMIN, AUDITOR, PROCUREMENT_CLERK]");
    }

    @Test
    void anEmptyCollectionAgainstAFilledOneIsAChange() {
        JsonObject change = parse(AuditChanges.diff(state("roles", List.of()), state("roles", List.of("ADMIN"))))
                .getJsonObject("roles");

        assertThat(change.getString("before")).isEqualTo("[]");
        assertThat(change.getString("after")).isEqualTo("[ADMIN]");
    }
}
