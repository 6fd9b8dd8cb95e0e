package tongxing.platform.imports;

import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.Violation;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a module tells the import framework about one kind of Excel/CSV import (e.g. the
 * enterprise ledger): its columns, how one row becomes a {@code T} or a list of violations,
 * and how the valid rows are saved in one transaction. The framework does the rest: storing
 * and streaming the file, header matching, duplicates inside the file, the row-level error
 * report, the template, the history and the audit entry.
 *
 * <p>Violations name the column by its header ({@link ImportColumn#header()}), so that the
 * report can say 第N行 / 列 / 值 / 原因.
 */
public interface ImportDefinition<T> {

    /** The URL name of the kind, lower-case, e.g. {@code enterprise}. */
    String kind();

    /** Message key of the kind's name as users read it, e.g. {@code imports.kind.enterprise}. */
    String titleKey();

    /** The columns in template order. */
    List<ImportColumn> columns();

    /** Code tables the template's 填写说明 sheet lists (regions, industries ...). */
    default List<CodeList> codeLists() {
        return List.of();
    }

    /** May this user import this kind at all (checked on every request). */
    boolean mayImport(CurrentUser user);

    /**
     * Turns one row into a value or the reasons why not. Must not query the database: at commit
     * it runs again, row by row, while {@link #commit} may be streaming into a COPY on the same
     * connection (lookups against stored data belong in {@link #checkBatch}).
     *
     * @param row the row's cells by column header (only the definition's columns; blank cells are null)
     */
    RowResult<T> parse(Map<String, String> row, ImportContext context);

    /**
     * Whether {@link #parse} keeps no state between rows and may therefore run on several rows
     * at once (the framework then parses each batch on the available cores). False unless the
     * definition says so.
     */
    default boolean parsesRowsIndependently() {
        return false;
    }

    /** The column whose value must be unique inside one file (the natural key), or null for none. */
    default String keyColumn() {
        return null;
    }

    /**
     * The row's natural key, normalized (e.g. upper-cased), or null when the row has none. Read
     * from the raw cells so that a row that is wrong elsewhere still claims its key.
     */
    default String naturalKey(Map<String, String> row) {
        return null;
    }

    /**
     * Checks a batch (up to about a thousand) of parsed rows against what is stored, e.g. whether
     * the caller may change the existing records they name. Runs once per batch so that a lookup
     * costs one query per batch, not per row.
     *
     * @return violations by position in {@code rows}; positions without a problem are absent
     */
    default Map<Integer, List<Violation>> checkBatch(List<T> rows, ImportContext context) {
        return Map.of();
    }

    /**
     * A message key to show on the job page before the user commits {@code validRows} rows (e.g.
     * that such a commit locks the data for others while it runs), or null for none. The message
     * gets the number of valid rows as its argument {0}.
     */
    default String commitNoticeKey(int validRows) {
        return null;
    }

    /**
     * Saves the valid rows. Called inside one transaction that the framework opens: throwing
     * anything rolls back everything. The iterator reads the stored file as it goes, so it must
     * not be materialized into a list; it must also enforce, as a last line of defence, whatever
     * {@link #checkBatch} checked (the data may have changed between validation and commit).
     */
    ImportCounts commit(Iterator<T> rows, ImportContext context);
}
