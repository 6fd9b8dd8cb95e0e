package tongxing.monitoring.layoffplan;

import java.util.List;

/** One page of the plan list. */
public record PlanPage(List<PlanRow> rows, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
