package pl.citycare.shared.audit;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The before/after JSON of one audit event: only the fields that changed, in name order. */
final class AuditChanges {

    /** Stands for null in snapshots (immutable maps take no nulls). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** One factory: {@code Json.createObjectBuilder()} looks its provider up through the service loader every time. */
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private AuditChanges() {
    }

    /** {"field":{"before":..,"after":..}} for each field whose value differs; "{}" when none does. */
    static String diff(Map<String, Object> before, Map<String, Object> after) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        var names = new TreeSet<String>();
        names.addAll(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Object b = before.getOrDefault(name, NULL);
            Object a = after.getOrDefault(name, NULL);
            // null and the text "null" render alike but are different values: compare both
            if ((b == NULL) != (a == NULL) || !Objects.equals(render(b), render(a))) {
                JsonObjectBuilder change = BUILDERS.createObjectBuilder();
                add(change, "before", b);
                add(change, "after", a);
                json.add(name, change);
            }
        }
        return json.build().toString();
    }

    private static void add(JsonObjectBuilder change, String key, Object value) {
        if (value == NULL) {
            change.addNull(key);
        } else {
            change.add(key, render(value));
        }
    }

    private static String render(Object value) {
        if (value instanceof java.util.Collection<?> c) {
            return new TreeSet<>(c.stream().map(String::valueOf).toList()).toString();
        }
        return String.valueOf(value);
    }
}
