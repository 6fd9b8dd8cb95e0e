package tongxing.coordinator.worklog;

import java.util.Map;

/**
 * A year of work in figures: entries by kind and the distinct enterprises served.
 *
 * @param key a coordinator id or a region code
 */
public record WorkFigures(String key, String label, Map<WorkLogKind, Long> entriesByKind, long enterprisesServed) {

    public long entries() {
        return entriesByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(WorkLogKind kind) {
        return entriesByKind.getOrDefault(kind, 0L);
    }
}
