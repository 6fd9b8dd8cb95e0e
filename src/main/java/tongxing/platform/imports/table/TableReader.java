package tongxing.platform.imports.table;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Reads a table file one row at a time, never the whole file at once. Problems with the
 * file itself surface as {@link tongxing.platform.imports.ImportProblem}.
 */
public interface TableReader extends Iterator<TableRow>, Closeable {

    @Override
    void close();
}
