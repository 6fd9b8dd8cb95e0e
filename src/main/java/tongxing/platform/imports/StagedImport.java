package tongxing.platform.imports;

import java.util.Iterator;

/**
 * An import that keeps its valid rows while it validates the file, so that committing them is
 * only saving what is staged: the file is read and parsed once, and whatever the rows need
 * before they can be saved (encryption, derived columns, shipping them to the database) is done
 * while the user still reads the error report instead of after they chose to commit.
 *
 * <p>The stage outlives the validation request (the user commits later, in another request), so
 * it is written in a transaction of its own that the framework completes just before the
 * validation's transaction commits, and drops again if that one fails. Committing the stage and
 * dropping it happen in the commit's one transaction: a failure or a crash leaves the registry as
 * it was and the job FAILED. A stage that lost rows (e.g. an unlogged table after a database
 * crash) must make {@link #commitStaged} throw, never commit part of the file.
 */
public interface StagedImport<T> extends ImportDefinition<T> {

    /** Opens the job's stage; called inside the validation, before the first row. */
    ImportStage<T> openStage(ImportContext context);

    /**
     * Saves the staged rows of the job and drops the stage, inside the commit's transaction (so
     * that throwing anything rolls back both). Must enforce again, set-wise, whatever
     * {@link #checkBatch} checked: the data may have changed since the validation.
     *
     * @param expectedRows the valid rows the validation counted; any other number staged must throw
     */
    ImportCounts commitStaged(ImportContext context, int expectedRows);

    /** Drops the job's stage if there is one (cancelled, failed, or a validation that did not finish). */
    void discardStage(long jobId);

    /** Staged imports never read the file again. */
    @Override
    default ImportCounts commit(Iterator<T> rows, ImportContext context) {
        throw new UnsupportedOperationException(kind() + " commits its staged rows");
    }
}
