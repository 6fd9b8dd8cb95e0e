package tongxing.platform.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The before/after JSON of an audit entry as a table a person can read: one line per field with
 * the old and the new value, fields in the order they were recorded.
 */
public final class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditChanges() {
    }

    /** A field and its values; null where the entry has no value on that side. */
    public record Change(String field, String before, String after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    public static List<Change> of(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson), after = parse(afterJson);
        Set<String> fields = new LinkedHashSet<>();
        fields.addAll(before.propertyNames());
        fields.addAll(after.propertyNames());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) changes.add(new Change(field, text(before.get(field)), text(after.get(field))));
        return changes;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) return JSON.createObjectNode();
        JsonNode node = JSON.readTree(json);
        if (node.isObject()) return node;
        // A value that is not an object (never written by AuditLog, but the column allows it) shows as one line.
        return JSON.createObjectNode().set("value", node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isValueNode()) return node.asString();
        return node.toString();
    }
}
