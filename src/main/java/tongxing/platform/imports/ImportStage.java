package tongxing.platform.imports;

import java.util.List;

/** Where a {@link StagedImport} keeps the valid rows of one file while it is validated. */
public interface ImportStage<T> extends AutoCloseable {

    /** The next valid rows, in file order (each batch after its {@link ImportDefinition#checkBatch}). */
    void accept(List<T> rows);

    /** Every row is written: make the stage durable. Called once, just before the validation commits. */
    void complete();

    /** Releases what the stage holds; if {@link #complete} was not called, nothing of it is kept. */
    @Override
    void close();
}
