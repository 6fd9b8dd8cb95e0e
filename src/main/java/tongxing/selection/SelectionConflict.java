package tongxing.selection;

import tongxing.platform.validation.OptimisticLockException;

/** Somebody else acted on the same campaign, nomination or objection first (optimistic locking by version). */
public class SelectionConflict extends OptimisticLockException {

    private final String message;

    /** @param message what the user reads: {@code selection.conflict} in their language */
    public SelectionConflict(String message) {
        super("selection");
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
