package tongxing.platform.imports;

/**
 * One column of an import file.
 *
 * @param header   the Chinese header text, as the template writes it (matching ignores spaces,
 *                 full-width parentheses and a trailing required mark *)
 * @param required whether the column must be present in the file (whether a cell may be blank is
 *                 the definition's rule)
 * @param example  the value of the template's example row
 * @param note     what to fill in, for the upload page and the 填写说明 sheet: a key of the message
 *                 bundles, shown in the user's language, or (in a definition whose notes are not in the
 *                 bundles yet) the Chinese text itself, shown as it is
 */
public record ImportColumn(String header, boolean required, String example, String note) {

    public static ImportColumn required(String header, String example, String note) {
        return new ImportColumn(header, true, example, note);
    }

    public static ImportColumn optional(String header, String example, String note) {
        return new ImportColumn(header, false, example, note);
    }
}
