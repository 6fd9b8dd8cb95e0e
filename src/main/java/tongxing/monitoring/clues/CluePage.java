package tongxing.monitoring.clues;

import java.util.List;

/** One page of the clue list. */
public record CluePage(List<Clue> rows, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
