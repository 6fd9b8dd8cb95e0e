package tongxing.platform.imports;

import java.util.List;

/** Where a {@link StagedImport} keeps the valid rows of one file while it is validated. */
public interface ImportStage<T> extends AutoCloseable {

    /** The next valid rows, in file order (each batch after its {@link ImportDefinition#checkBatch}). */
    void accept(List<T> rows);

    /**
     * Work the stage does on one row before it can keep it (e.g. encoding it for the database),
     * done on the validation's worker threads while other rows are read: called for every row
     * that parsed without error, in any order and on any thread, before the file-level checks
     * (duplicates, {@link ImportDefinition#checkBatch}) have run, so a prepared row may still be
     * dropped. Null (the default) when the stage needs nothing.
     */
    default Object prepare(T row) {
        return null;
    }

    /**
     * The next valid rows with what {@link #prepare} returned for each (same positions), in file order.
     * By default the prepared values are ignored and the rows go to {@link #accept}.
     */
    default void acceptPrepared(List<T> rows, List<Object> prepared) {
        accept(rows);
    }

    /** Every row is written: make the stage durable. Called once, just before the validation commits. */
    void complete();

    /** Releases what the stage holds; if {@link #complete} was not called, nothing of it is kept. */
    @Override
    void close();
}
