package tongxing.monitoring.ledger;

import java.util.List;

/** One page of the ledger. */
public record LedgerPage(List<LedgerRow> rows, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
