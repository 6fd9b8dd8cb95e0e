package tongxing.platform.imports;

import tongxing.platform.imports.table.TableReader;
import tongxing.platform.imports.table.TableRow;

import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The valid rows of a validated file, read again from the stored file as the definition's commit
 * consumes them: rows that had errors are skipped, and a row that no longer parses stops the
 * whole commit (so it rolls back) rather than being skipped silently.
 */
final class CommitRows<T> implements Iterator<T> {

    private final TableReader reader;
    private final HeaderLayout layout;
    private final BitSet badRows;
    private final ImportDefinition<T> definition;
    private final ImportContext context;
    private T next;
    private int yielded;

    CommitRows(TableReader reader, HeaderLayout layout, BitSet badRows, ImportDefinition<T> definition, ImportContext context) {
        this.reader = reader;
        this.layout = layout;
        this.badRows = badRows;
        this.definition = definition;
        this.context = context;
    }

    @Override
    public boolean hasNext() {
        while (next == null && reader.hasNext()) {
            TableRow row = reader.next();
            if (row.blank() || badRows.get(row.number())) continue;
            RowResult<T> result = definition.parse(layout.values(row), context);
            if (result instanceof RowResult.Invalid<T> invalid) {
                throw new ImportProblem("imports.commit.rowChanged", String.valueOf(row.number()),
                        invalid.violations().stream().map(v -> v.field() + "：" + v.reason()).collect(Collectors.joining("；")));
            }
            next = ((RowResult.Valid<T>) result).value();
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T value = next;
        next = null;
        yielded++;
        return value;
    }

    int yielded() {
        return yielded;
    }
}
