package pl.citycare.platform.audit.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit event's changes as an auditor reads them: one row per field with its value before and after.
 * The trail stores {@code {"field":{"before":..,"after":..}}}; a value that was absent is {@code null}.
 */
public final class ChangeRows {

    /** One changed field; {@code before} or {@code after} is null where the field had no value. */
    public record ChangeRow(String field, String before, String after) {
    }

    /**
     * Made once: {@code Json.createReader} looks the JSON provider up through the service loader on every call, which
     * was a twelfth of the list pages' CPU with the trail's 25 events a page (docs/benchmarks.md).
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    private ChangeRows() {
    }

    public static List<ChangeRow> of(String changes) {
        List<ChangeRow> rows = new ArrayList<>();
        if (changes == null || changes.isBlank()) {
            return rows;
        }
        try (var reader = READERS.createReader(new StringReader(changes))) {
            JsonObject fields = reader.readObject();
            fields.forEach((field, change) -> {
                if (change.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject pair = change.asJsonObject();
                    rows.add(new ChangeRow(field, text(pair.get("before")), text(pair.get("after"))));
                } else {
                    rows.add(new ChangeRow(field, null, text(change)));
                }
            });
        }
        return rows;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
