package tongxing.selection;

import tongxing.platform.validation.OptimisticLockException;

/** Somebody else acted on the same campaign, nomination or objection first (optimistic locking by version). */
public class SelectionConflict extends OptimisticLockException {

    public static final String MESSAGE = "已被他人处理，请刷新";

    public SelectionConflict() {
        super("selection");
    }

    @Override
    public String getMessage() {
        return MESSAGE;
    }
}
